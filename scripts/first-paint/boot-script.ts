import { createHash } from 'node:crypto';
import { BOOT_HINT_KEYS } from '../../src/state/boot-hints.ts';
import { OPEN_BEFORE_ONBOARDING } from '../../src/ui/screens/welcome/paths.ts';
import type { BootHints } from './chunk-files.ts';

// The two inline scripts of index.html, allowed by their hashes in the CSP. The first, at the
// top, runs before any module: it applies the mirrored theme (no light flash for a dark-mode
// user), shows the pre-rendered Welcome on a first visit, and starts fetching the language and
// first screen. The second, right after the pre-rendered copies, drops the ones not shown.

/**
 * The script's text: small, no module syntax, nothing that can throw past its try. Welcome is
 * shown only where the app is going to show it: not onboarded, on a path that is not open
 * before onboarding. The hint can be stale (data restored, storage partly cleared): the app
 * decides from IndexedDB, and drops the pre-render if it shows something else (mount.tsx).
 */
export function bootScript(hints: BootHints): string {
  return `(()=>{try{var k=${JSON.stringify(BOOT_HINT_KEYS)},h=${JSON.stringify(hints)},s=localStorage,d=document,t=s.getItem(k.theme);
if(t==='light'||t==='dark')d.documentElement.dataset.theme=t;
var l=s.getItem(k.lang);if(l!=='en'&&l!=='it'){l='en';for(var g of navigator.languages||[navigator.language]){var p=g.toLowerCase().split('-')[0];if(p==='en'||p==='it'){l=p;break}}}
var o=s.getItem(k.onboarded)==='1',a=location.pathname,w=!o&&(a==='/welcome'||${JSON.stringify(OPEN_BEFORE_ONBOARDING)}.indexOf(a)<0);
if(w)d.documentElement.dataset.prerender=l;
var f=(h.lang[l]||[]).concat(h.screen[o?(a==='/'?'today':''):'welcome']||[]);
for(var u of f){var e=d.createElement('link');if(u.endsWith('.css')){e.rel='preload';e.as='style'}else{e.rel='modulepreload'}e.crossOrigin='';e.href=u;d.head.append(e)}}catch(x){}})()`;
}

export const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Runs right after the pre-rendered copies: keeps only the one the head script chose to show
 * (none for a returning user), so no hidden duplicate of Welcome ever sits in the page.
 */
export const PRUNE_SCRIPT =
  "(()=>{var l=document.documentElement.dataset.prerender;for(var e of document.querySelectorAll('#app>.prerender'))if(e.lang!==l)e.remove()})()";
