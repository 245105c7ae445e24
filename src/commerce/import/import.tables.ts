/** Kysely row types of the CSV import's tables (migration 0009_imports). */
export interface ImportsTable {
  id: string;
  account_id: string;
  channel_id: string;
  type: string;
  format: string;
  encoding: string;
  delimiter: string;
  decimal_comma: number;
  file_name: string;
  file_path: string;
  sha256: string;
  bytes_total: number;
  status: string;
  runs: number;
  checkpoint_line: number;
  bytes_read: number;
  imported: number;
  unchanged: number;
  rejected: number;
  error: string | null;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface ImportRejectionsTable {
  import_id: string;
  line: number;
  code: string;
  reason: string;
  raw: string;
}

export interface ImportTables {
  imports: ImportsTable;
  import_rejections: ImportRejectionsTable;
}
