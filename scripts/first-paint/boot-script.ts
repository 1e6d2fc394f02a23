import { createHash } from 'node:crypto';
import { BOOT_HINT_KEYS } from '../../src/state/boot-hints.ts';
import { OPEN_BEFORE_ONBOARDING } from '../../src/ui/screens/welcome/paths.ts';
import type { BootHints } from './chunk-files.ts';

// The two inline scripts of index.html, allowed by their hashes in the CSP. The first, at the
// top, runs before any module: it applies the mirrored theme (no light flash for a dark-mode
// user), shows the pre-rendered Welcome on a first visit, and starts the app's code: the entry
// with the language and first screen next to it, in one round of requests. For Welcome, only
// Welcome's part of the language (the rest follows once Welcome is usable, src/main.tsx). The second, right
// after the pre-rendered copies, drops the ones not shown.

/**
 * The script's text: small, no module syntax. Welcome is shown only where the app is going to
 * show it: not onboarded, on a path that is not open before onboarding. The hint can be stale
 * (data restored, storage partly cleared): the app decides from IndexedDB, and drops the
 * pre-render if it shows something else (mount.tsx).
 *
 * When Welcome is shown the code is requested once it has painted: the page is readable from
 * the HTML alone, and on a slow link 30 KB of scripts would otherwise share the bandwidth with
 * the rest of the page. Without a paint to wait for (a hidden tab, no Paint Timing, an error
 * reading the hints) it starts at once; a second after at the latest.
 */
export function bootScript(hints: BootHints): string {
  return `(()=>{var k=${JSON.stringify(BOOT_HINT_KEYS)},h=${JSON.stringify(hints)},d=document,r=d.documentElement,f=[],w=0,n=0;
try{var s=localStorage,t=s.getItem(k.theme);
if(t==='light'||t==='dark')r.dataset.theme=t;
var l=s.getItem(k.lang);if(l!=='en'&&l!=='it'){l='en';for(var g of navigator.languages||[navigator.language]){var p=g.toLowerCase().split('-')[0];if(p==='en'||p==='it'){l=p;break}}}
var o=s.getItem(k.onboarded)==='1',a=location.pathname;w=!o&&(a==='/welcome'||${JSON.stringify(OPEN_BEFORE_ONBOARDING)}.indexOf(a)<0);
if(w)r.dataset.prerender=l;
f=((w?h.firstLang:h.lang)[l]||[]).concat(h.screen[o?(a==='/'?'today':''):'welcome']||[])}catch(x){}
var go=function(){if(n++)return;for(var u of h.modules.concat(f)){var e=d.createElement('link');if(u.endsWith('.css')){e.rel='preload';e.as='style'}else{e.rel='modulepreload'}e.crossOrigin='';e.href=u;d.head.append(e)}
if(h.entry){var m=d.createElement('script');m.type='module';m.crossOrigin='';m.src=h.entry;d.head.append(m)}};
try{if(!w||d.visibilityState!=='visible'||(PerformanceObserver.supportedEntryTypes||[]).indexOf('paint')<0)throw 0;
new PerformanceObserver(function(e){if(e.getEntriesByName('first-contentful-paint').length)go()}).observe({type:'paint',buffered:true});setTimeout(go,1000)}catch(x){go()}})()`;
}

export const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Runs right after the pre-rendered copies: keeps only the one the head script chose to show
 * (none for a returning user), so no hidden duplicate of Welcome ever sits in the page.
 */
export const PRUNE_SCRIPT =
  "(()=>{var l=document.documentElement.dataset.prerender;for(var e of document.querySelectorAll('#app>.prerender'))if(e.lang!==l)e.remove()})()";
