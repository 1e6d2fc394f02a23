/**
 * The built-in content's version: bump with every change to built-in content, and add a
 * CONTENT_CHANGES entry if ids moved and a CONTENT_NEWS entry for what people should hear about.
 * Its own file, with no imports, so the database's first-install step can read it without the
 * whole catalog.
 */
export const CONTENT_VERSION = 2;
