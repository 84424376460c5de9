// The listing CSV format, client-safe so the import page can describe it.
export const CSV_COLUMNS = [
  'nameVi',
  'nameEn',
  'groupId',
  'subgroupId',
  'unit',
  'packaging',
  'minOrderQuantity',
  'monthlyCapacity',
  'shelfLifeDays',
  'leadTimeDays',
  'samplesAvailable',
  'standards',
  'exportMarkets',
  'priceTiers',
  'descriptionVi',
] as const

export const MAX_IMPORT_ROWS = 500

export type RowError = { row: number; column: string; message: string }
