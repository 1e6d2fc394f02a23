import type { backup as en } from '../en/backup';
import type { Shape } from '../types';

export const backup: Shape<typeof en> = {
  heading: 'Backup',
  intro:
    'I tuoi dati sono solo su questo dispositivo. Un backup è un unico file che li contiene tutti: conservalo nel tuo cloud o invialo alla tua email.',
  lastNever: 'Ultimo file di backup creato: mai',
  lastToday: 'Ultimo file di backup creato: oggi',
  lastAgo: {
    one: 'Ultimo file di backup creato: {n} giorno fa',
    other: 'Ultimo file di backup creato: {n} giorni fa',
  },
  backUpNow: 'Fai il backup ora',
  working: 'Preparazione del file…',
  saved: 'File di backup {file} creato: controlla che sia tra i download o dove l’hai condiviso.',
  notRecordedFull:
    'Il file {file} è stato passato al browser, ma la memoria del dispositivo è piena: il file potrebbe essere incompleto, quindi questo backup non è stato conteggiato. Libera spazio, poi rifai il backup.',
  notRecorded:
    'Il file {file} è stato passato al browser, ma questo backup non è stato conteggiato: {reason}',
  shareCancelled: 'Backup non condiviso: non è stato salvato nulla.',
  problem:
    'Il file è stato salvato, ma un record non è valido ({place}) e ne impedirebbe il ripristino. Modifica o elimina quel record, poi rifai il backup.',
  failed: 'Impossibile creare il backup: {reason}',
  restoreLink: 'Ripristina da un file di backup',
  csv: {
    button: 'Esporta le attività (CSV)',
    hint: 'Un foglio di calcolo del tuo diario, per Excel, Numbers o Fogli Google. Non si può ripristinare.',
    saved: 'Attività esportate in {file}.',
    header: ['Data', 'Ora', 'Minuti', 'Tipo', 'Titolo', 'Competenze', 'Nota', 'Link'],
  },
  snapshots: {
    heading: 'Dati conservati prima di un ripristino',
    intro:
      'Quando un ripristino sostituisce i tuoi dati, quelli di prima vengono conservati qui (gli ultimi {n}), così puoi annullare un file sbagliato.',
    empty: 'Ancora niente: compare dopo il primo ripristino.',
    restoreThis: 'Ripristina questa copia',
    confirm:
      'Sostituire i dati attuali con la copia del {date}? Prima i dati attuali vengono conservati come nuova copia.',
    beforeSync: 'Conservata prima della prima sincronizzazione su questo dispositivo',
    unreadable: 'Questa copia non è leggibile.',
  },
  nudge: {
    title: 'È ora di un backup',
    never:
      'Non hai ancora fatto un backup e hai due settimane di dati salvati solo su questo dispositivo.',
    stale: {
      one: 'L’ultimo backup risale a {n} giorno fa e da allora i tuoi dati sono cambiati.',
      other: 'L’ultimo backup risale a {n} giorni fa e da allora i tuoi dati sono cambiati.',
    },
    action: 'Fai il backup ora',
  },
  stores: {
    settings: { one: 'impostazioni', other: 'impostazioni' },
    skillStates: { one: '{n} livello di competenza', other: '{n} livelli di competenza' },
    assessments: { one: '{n} cambio di livello', other: '{n} cambi di livello' },
    activities: { one: '{n} attività', other: '{n} attività' },
    goals: { one: '{n} obiettivo', other: '{n} obiettivi' },
    reminders: { one: '{n} promemoria', other: '{n} promemoria' },
    customSkills: { one: '{n} competenza personalizzata', other: '{n} competenze personalizzate' },
    customRoles: { one: '{n} ruolo personalizzato', other: '{n} ruoli personalizzati' },
    certifications: { one: '{n} certificazione', other: '{n} certificazioni' },
    customResources: { one: '{n} risorsa tua', other: '{n} risorse tue' },
    resourceMarks: {
      one: '{n} risorsa salvata o completata',
      other: '{n} risorse salvate o completate',
    },
  },
  kinds: {
    settings: 'Impostazioni',
    skillStates: 'Livelli di competenza',
    assessments: 'Storico dei livelli',
    activities: 'Attività',
    goals: 'Obiettivi',
    reminders: 'Promemoria',
    customSkills: 'Competenze personalizzate',
    customRoles: 'Ruoli personalizzati',
    certifications: 'Certificazioni',
    customResources: 'Le tue risorse',
    resourceMarks: 'Risorse salvate e completate',
  },
  record: {
    settings: 'le impostazioni',
    skillStates: 'il livello di competenza n. {n}',
    assessments: 'il cambio di livello n. {n}',
    activities: 'l’attività n. {n}',
    goals: 'l’obiettivo n. {n}',
    reminders: 'il promemoria n. {n}',
    customSkills: 'la competenza personalizzata n. {n}',
    customRoles: 'il ruolo personalizzato n. {n}',
    certifications: 'la certificazione n. {n}',
    customResources: 'la risorsa n. {n}',
    resourceMarks: 'lo stato della risorsa n. {n}',
  },
  /** Un record come lo conosce chi usa l’app: "l’attività «Webinar» del 3 dic 2026". */
  named: {
    kinds: {
      settings: 'le impostazioni',
      skillStates: 'il livello di competenza',
      assessments: 'il cambio di livello',
      activities: 'l’attività',
      goals: 'l’obiettivo',
      reminders: 'il promemoria',
      customSkills: 'la competenza personalizzata',
      customRoles: 'il ruolo personalizzato',
      certifications: 'la certificazione',
      customResources: 'la risorsa',
      resourceMarks: 'lo stato della risorsa',
    },
    titled: '{kind} «{title}»',
    onDay: '{record} del {day}',
  },
  fields: {
    title: 'titolo',
    label: 'etichetta',
    name: 'nome',
    note: 'nota',
    link: 'link',
    minutes: 'minuti',
    day: 'data',
    time: 'ora',
    type: 'tipo',
    skillIds: 'competenze',
    skillId: 'competenza',
    roleIds: 'ruoli',
    id: 'id',
    description: 'descrizione',
    summary: 'descrizione breve',
    checklist: 'checklist',
    evidence: 'prove',
    target: 'obiettivo',
    start: 'inizio',
    end: 'fine',
    due: 'scadenza',
    days: 'giorni',
    daysBefore: 'giorni prima',
    goalId: 'obiettivo',
    areas: 'aree',
    links: 'competenze',
  },
  place: '{record}, campo «{field}»',
  restore: {
    title: 'Ripristina un backup',
    back: 'Torna alle Impostazioni',
    intro:
      'Scegli un file di backup creato da questa app. Non cambia nulla finché non hai visto cosa farà e confermato.',
    file: 'Scegli un file di backup',
    reading: 'Lettura del file…',
    fileSummary: '{file}, creato il {date}',
    modeLegend: 'Come ripristinare',
    replace: 'Sostituisci',
    replaceHint:
      'I tuoi dati diventano esattamente quelli del file. Quelli attuali vengono conservati come copia ripristinabile.',
    merge: 'Unisci',
    mergeHint:
      'Aggiunge ciò che è nuovo e, per i record presenti in entrambi, tiene la versione più recente. Non elimina nulla.',
    previewHeading: 'Cosa succederà',
    kind: 'Tipo di record',
    new: 'Nuovi',
    changed: 'Cambiati',
    identical: 'Uguali',
    kept: 'Restano i tuoi',
    removed: 'Eliminati',
    nothing: 'Il file contiene esattamente ciò che hai già: non cambierebbe nulla.',
    applyReplace: 'Sostituisci i miei dati',
    applyMerge: 'Unisci ai miei dati',
    applying: 'Ripristino in corso… tieni aperta questa pagina.',
    done: 'Backup ripristinato.',
    errors: {
      'too-large':
        'Questo file è troppo grande per essere un backup di questa app (oltre 20 MB). Non è cambiato nulla.',
      'not-json':
        'Questo file non è leggibile come backup: potrebbe essere incompleto o non essere un backup. Non è cambiato nulla.',
      'not-a-backup':
        'Questo file non è un backup di Self-Training Tracker. Scegli il file .json creato con «Fai il backup ora». Non è cambiato nulla.',
      'newer-version':
        'Questo backup è stato creato da una versione più recente dell’app. Aggiorna l’app (ricaricala mentre sei online) e riprova. Non è cambiato nulla.',
      invalid:
        'Questo backup è danneggiato o è stato modificato a mano: {place} non è valido. Non è cambiato nulla.',
      invalidBecause:
        'Questo backup è danneggiato o è stato modificato a mano. In {place}: {problem}. Non è cambiato nulla.',
      damaged:
        'Questo file dice di essere un backup di Self-Training Tracker, ma la sua parte iniziale (versione, data) manca o è danneggiata, quindi non si può leggere in sicurezza. Scegli un altro file di backup. Non è cambiato nulla.',
      listDamaged:
        'Questo backup è danneggiato o è stato modificato a mano: l’elenco «{kind}» manca o non si può leggere. Non è cambiato nulla.',
      problems: {
        missing: 'manca un dato',
        'unknown-field': 'c’è un campo che l’app non conosce',
        'too-long': 'un valore è più lungo di quanto l’app possa conservare',
        duplicate: 'un id è usato due volte',
        'bad-id': 'un id contiene caratteri che l’app non usa mai',
        'bad-value': 'c’è un valore che l’app non può usare',
      },
      'dangling-reference':
        'Questo backup è incompleto: {place} rimanda a un obiettivo che non è nel file. Prova con Unisci o con un backup completo. Non è cambiato nulla.',
    },
    failed: 'Il ripristino non è riuscito e non è cambiato nulla: {reason}',
  },
};
