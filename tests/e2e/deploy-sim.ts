import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A new deploy of the served build, as a server would have it: every hashed file under assets/
// gets a new name (so the old names are gone from the server: 404 or the SPA fallback), and every
// reference to them (index.html, chunks, the worker's precache list) names the new file.

export interface Deploy {
  /** The hashed file names of the version that was served before. */
  readonly oldNames: readonly string[];
  readonly newNames: readonly string[];
  /** Puts the original build back (other test files share it). */
  undo(): void;
}

const TEXT = /\.(html|js|css|webmanifest|json|txt)$/;

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && TEXT.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
const INLINE = /<(script|style)>([\s\S]*?)<\/\1>/g;

/** The page's CSP allows its inline boot script by hash: a changed script gets its new hash. */
function rehashInline(before: string, after: string): string {
  const olds = [...before.matchAll(INLINE)].map((m) => m[2] ?? '');
  const news = [...after.matchAll(INLINE)].map((m) => m[2] ?? '');
  let out = after;
  olds.forEach((old, i) => {
    const now = news[i] ?? old;
    if (now !== old) out = out.split(`sha256-${sha256(old)}`).join(`sha256-${sha256(now)}`);
  });
  return out;
}

export function deployNewVersion(distDir: string): Deploy {
  const backup = mkdtempSync(join(tmpdir(), 'stt-deploy-'));
  cpSync(distDir, backup, { recursive: true });
  const undo = () => {
    rmSync(distDir, { recursive: true, force: true });
    cpSync(backup, distDir, { recursive: true });
    rmSync(backup, { recursive: true, force: true });
  };
  try {
    const names = rewrite(distDir);
    return { ...names, undo };
  } catch (error) {
    undo();
    throw error;
  }
}

/** Renames every hashed file and rewrites every reference to it; returns the names. */
function rewrite(distDir: string): Pick<Deploy, 'oldNames' | 'newNames'> {
  const assets = join(distDir, 'assets');
  const oldNames = readdirSync(assets).sort((a, b) => b.length - a.length);
  const newName = (name: string) => name.replace(/(\.[a-z]+)$/, 'N2$1');
  for (const file of textFiles(distDir)) {
    const before = readFileSync(file, 'utf8');
    let after = before;
    for (const name of oldNames) after = after.split(name).join(newName(name));
    if (file.endsWith('.html')) after = rehashInline(before, after);
    if (after !== before) writeFileSync(file, after);
  }
  for (const name of oldNames) renameSync(join(assets, name), join(assets, newName(name)));
  // index.html changed: a real build gives it a new revision in the worker's precache list.
  const sw = join(distDir, 'sw.js');
  writeFileSync(
    sw,
    readFileSync(sw, 'utf8').replace(
      /"revision":"([0-9a-f]+)","url":"index\.html"/,
      (_m, rev: string) => `"revision":"${rev.slice(0, -2)}n2","url":"index.html"`,
    ),
  );
  return { oldNames, newNames: oldNames.map(newName) };
}
