// The backup feature's public API (lazy-loaded by the UI: nothing here is needed at first paint).
export {
  activitiesCsv,
  activitiesCsvFileName,
  certificationsCsv,
  certificationsCsvFileName,
} from './csv';
export { currentBackupDoc, type ExportedBackup, type ExportOptions, exportBackup } from './export';
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupCounts,
  type BackupData,
  type BackupDoc,
  backupStats,
  upgradeBackup,
} from './format';
export {
  type ApplyOptions,
  type ApplyResult,
  applyRestore,
  checkReferences,
  DEFAULT_MAX_BYTES,
  type FieldProblem,
  type ParseResult,
  type PreviewResult,
  parseBackup,
  previewRestore,
  type RecordLabel,
  type RestoreCounts,
  type RestoreError,
  type RestoreErrorCode,
  type RestoreMode,
  restoreSnapshot,
  type StoreCounts,
} from './restore';
export { LIMITS } from './schema';
export { listSnapshots, SNAPSHOTS_KEPT, type SnapshotInfo } from './snapshots';
