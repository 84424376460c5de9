// The one statement that empties the application's tables (everything but the migration history).
export const APP_TABLES_QUERY = `SELECT tablename FROM pg_tables
  WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`

export function truncateStatement(tables: string[]): string | null {
  if (tables.length === 0) return null
  const list = tables.map((table) => `"${table.replace(/"/g, '""')}"`).join(', ')
  return `TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`
}
