import type { sync as en } from '../en/sync';
import type { Shape } from '../types';

export const sync: Shape<typeof en> = {
  heading: 'Sincronizzazione',
  intro:
    'Tieni lo storico sul telefono e sul portatile attraverso uno spazio di archiviazione che hai già: Nextcloud, ownCloud, un NAS o qualsiasi account WebDAV. Tutto viene cifrato su questo dispositivo prima di partire; lo spazio di archiviazione vede nomi di file casuali, le loro dimensioni e orari, nient’altro.',
  status: {
    heading: 'Stato',
    off: 'La sincronizzazione è disattivata su questo dispositivo.',
    syncing: 'Sincronizzazione in corso…',
    synced: 'Sincronizzato {time}.',
    never: 'Nessuna sincronizzazione finora.',
    offline: 'Nessuna connessione: la sincronizzazione riparte quando torna la rete.',
    error: 'L’ultima sincronizzazione non si è conclusa. {message}',
    lastSynced: 'Ultima sincronizzazione {time}.',
    skew: 'L’orologio di uno dei tuoi dispositivi è avanti di circa {n} minuti rispetto a questo. La sincronizzazione funziona lo stesso; impostare data e ora automatiche su ogni dispositivo mantiene corretto «chi ha modificato per ultimo».',
    conflicts: {
      one: '1 conflitto da vedere, qui sotto.',
      other: '{n} conflitti da vedere, qui sotto.',
    },
    received: {
      one: '1 modifica arrivata dagli altri tuoi dispositivi.',
      other: '{n} modifiche arrivate dagli altri tuoi dispositivi.',
    },
  },
  shell: {
    synced: 'Sincronizzato',
    syncing: 'Sincronizzazione',
    offline: 'Sincronizzazione in attesa',
    error: 'Problema di sincronizzazione',
    conflicts: 'Conflitti di sincronizzazione',
  },
  syncNow: 'Sincronizza ora',
  form: {
    heading: 'Il tuo spazio di archiviazione',
    url: 'Indirizzo della cartella (WebDAV)',
    urlHint:
      'Il tuo indirizzo WebDAV; l’app tiene i suoi file in una cartella «Self-Training Tracker» lì dentro. Con Nextcloud: https://il-tuo-cloud.example/remote.php/dav/files/UTENTE/',
    user: 'Nome utente',
    password: 'Password per app',
    passwordHint:
      'Creane una solo per quest’app nelle impostazioni di sicurezza del tuo spazio. Resta su questo dispositivo.',
    deviceName: 'Nome di questo dispositivo',
    deviceNameHint:
      'Gli altri dispositivi lo mostrano accanto ai conflitti, per esempio «Telefono».',
    defaultDeviceName: 'Questo dispositivo',
    test: 'Prova la connessione',
    testing: 'Prova della connessione in corso…',
    required: 'Compila indirizzo, nome utente e password per app.',
    badUrl: 'L’indirizzo deve iniziare con https:// (o http://localhost).',
  },
  test: {
    empty:
      'Connessione riuscita. La cartella è vuota: scegli una passphrase di sincronizzazione per iniziare.',
    existing:
      'Connessione riuscita. Questa cartella contiene già i tuoi dati sincronizzati: scrivi la passphrase scelta sull’altro dispositivo, o la chiave di recupero.',
  },
  diagnosis: {
    address:
      'A questo indirizzo non risponde nessuna cartella WebDAV. Controllalo, e verifica che la cartella esista (con Nextcloud l’indirizzo finisce con /remote.php/dav/files/UTENTE/CARTELLA/).',
    auth: 'Il server ha rifiutato nome utente o password per app. Controlla entrambi; con Nextcloud usa una password per app (Impostazioni → Sicurezza → Dispositivi e sessioni).',
    cors: 'Il server risponde, ma non permette a una web app di comunicare con lui (non invia intestazioni CORS). Nextcloud di base fa così: installa l’app WebAppPassword e aggiungi l’indirizzo di quest’app alle origini consentite, oppure raggiungi lo spazio tramite un proxy che aggiunga le intestazioni CORS.',
    preconditions:
      'Nota: questo server sovrascrive i file anche quando gli si chiede di non farlo (ignora le precondizioni WebDAV). La sincronizzazione funziona lo stesso, perché ogni dispositivo scrive solo file nuovi e suoi; solo una passphrase cambiata su due dispositivi nello stesso momento potrebbe perdere una delle due modifiche.',
    quota:
      'Lo spazio di archiviazione è pieno, o rifiuta file di queste dimensioni. Libera un po’ di spazio, poi riprova.',
    server: 'Il server ha avuto un problema. Riprova tra un po’.',
    network:
      'Il server non risponde. Controlla l’indirizzo e la connessione. Con un NAS nella rete di casa: se il browser chiede se questa app può accedere ai dispositivi della rete locale, consenti l’accesso.',
    verify:
      'Il server non ha conservato un file così come è stato scritto. Su questo dispositivo non è cambiato nulla; riprova più tardi.',
    unknown: 'Qualcosa è andato storto: {reason}',
  },
  passphrase: {
    create: 'Scegli una passphrase di sincronizzazione',
    createHint:
      'Non è la password per app: questa cifra i tuoi dati, e lo spazio di archiviazione non la vede mai. Almeno 10 caratteri; qualche parola è facile da ricordare.',
    repeat: 'Scrivi di nuovo la passphrase',
    existing: 'Passphrase di sincronizzazione o chiave di recupero',
    tooShort: 'Usa almeno 10 caratteri.',
    mismatch: 'Le due passphrase non coincidono.',
    wrong:
      'Questa passphrase non apre i tuoi dati sincronizzati. Controllala, o usa la chiave di recupero stampata quando hai attivato la sincronizzazione.',
  },
  turnOn: 'Attiva la sincronizzazione',
  turningOn: 'Attivazione in corso… (ricavare la chiave richiede un momento)',
  recovery: {
    heading: 'La tua chiave di recupero',
    text: 'Se un giorno dimentichi la passphrase di sincronizzazione, questa chiave apre i tuoi dati sincronizzati. Viene mostrata solo ora: stampala o copiala in un posto sicuro, non nello stesso spazio di archiviazione.',
    print: 'Stampa',
    copy: 'Copia',
    copied: 'Copiata.',
    done: 'L’ho conservata',
  },
  device: {
    heading: 'Questo dispositivo',
    name: 'Nome: {name}',
    server: 'Cartella: {url}',
    user: 'Utente: {user}',
  },
  off: {
    button: 'Disattiva la sincronizzazione',
    text: 'La sincronizzazione si ferma su questo dispositivo. Non viene cancellato nulla, né qui né sul server; puoi riattivarla quando vuoi.',
    on: 'Riattiva la sincronizzazione',
  },
  remove: {
    button: 'Togli questo dispositivo dalla sincronizzazione',
    confirm:
      'Questo dispositivo dimentica server, password per app e chiave. I tuoi dati restano qui e sul server, e gli altri dispositivi continuano a sincronizzarsi.',
    confirmButton: 'Togli dalla sincronizzazione',
    done: 'Questo dispositivo non si sincronizza più. Tutti i suoi dati sono ancora qui.',
  },
  change: {
    heading: 'Cambia la passphrase di sincronizzazione',
    current: 'Passphrase attuale o chiave di recupero',
    next: 'Nuova passphrase',
    button: 'Cambia passphrase',
    done: 'Passphrase cambiata. Gli altri dispositivi continuano a sincronizzarsi; a un nuovo dispositivo servirà quella nuova.',
  },
  stop: {
    'remote-empty':
      'Nella cartella di sincronizzazione sul server manca il portachiavi: è stata svuotata o sostituita, o l’indirizzo punta altrove. Su questo dispositivo non è cambiato nulla. Se l’hai svuotata apposta, togli questo dispositivo dalla sincronizzazione e configurala di nuovo.',
    missing:
      'Sul server manca una parte dei dati sincronizzati di «{device}». Su questo dispositivo non è cambiato nulla. Apri l’app su «{device}», o rimetti i file sul server.',
    unreadable:
      'Un file di «{device}» sul server non si può decifrare: è stato modificato, danneggiato o scritto con un’altra chiave. Su questo dispositivo non è cambiato nulla.',
    refused:
      'Il server ha continuato a rifiutare il salvataggio di un file. Non si è perso nulla: la prossima sincronizzazione riprova.',
    busy: 'Un’altra scheda di quest’app si sta sincronizzando in questo momento.',
  },
  cancel: 'Annulla',
  conflicts: {
    heading: 'Conflitti',
    intro:
      'Due dispositivi hanno modificato la stessa cosa prima di sincronizzarsi. Il valore segnato «in uso» vale adesso; tieni quello che preferisci. La scelta arriva anche agli altri dispositivi.',
    deletedIntro:
      'Eliminato su un dispositivo e modificato su un altro: la modifica è stata tenuta.',
    inUse: 'In uso',
    notUsed: 'Non in uso',
    deletedSide: 'Eliminato',
    empty: '(vuoto)',
    from: 'Da «{device}», {time}',
    fromHere: 'Da questo dispositivo, {time}',
    fromBeforeSync: 'Com’era prima di attivare la sincronizzazione, {time}',
    yes: 'Sì',
    no: 'No',
    entries: { one: '1 voce', other: '{n} voci' },
    keepThis: 'Tieni questo',
    keepBoth: 'Tieni entrambe le attività',
    keepDeleted: 'Eliminalo comunque',
    keepEdit: 'Tienilo',
    record: '{kind}: {name}',
    kinds: {
      activities: 'Attività',
      goals: 'Obiettivo',
      reminders: 'Promemoria',
      skillStates: 'Competenza',
      assessments: 'Livello',
      customSkills: 'La tua competenza',
      customRoles: 'Il tuo ruolo',
      certifications: 'Certificazione',
      customResources: 'Risorsa',
      resourceMarks: 'Segno su una risorsa',
      settings: 'Impostazioni',
    },
    fields: {
      lang: 'Lingua',
      followedRoleIds: 'Ruoli seguiti',
      weekStartsOn: 'La settimana inizia di',
      showStreak: 'Serie settimanale in Oggi',
      onboarded: 'Prima configurazione fatta',
      remindersPausedUntil: 'Promemoria in pausa fino al',
      levelReviewMonths: 'Livelli da riconfermare dopo',
      checked: 'Passi fatti',
      evidence: 'Prove',
      skillId: 'Competenza',
      level: 'Livello',
      due: 'Scadenza',
      archived: 'Archiviato',
      done: 'Fatto',
      description: 'Descrizione',
      url: 'Link',
      issuer: 'Rilasciata da',
      earnedOn: 'Ottenuta il',
      expiresOn: 'Scade il',
      title: 'Titolo',
      minutes: 'Minuti',
      note: 'Nota',
      day: 'Giorno',
      time: 'Ora',
      type: 'Tipo',
      skillIds: 'Competenze',
      link: 'Link',
      rating: 'Livello',
      target: 'Obiettivo',
      label: 'Etichetta',
      name: 'Nome',
    },
    settled: 'Risolto.',
  },
  safety:
    'Prima che questo dispositivo unisse per la prima volta i dati sincronizzati, i suoi dati sono stati conservati in una copia: puoi ripristinarla da Impostazioni → Backup.',
};
