// Compares a PostgreSQL database with prisma/schema.prisma: enums, tables, columns (type,
// nullability, default), primary keys, unique and plain indexes, foreign keys. The expected side is
// derived from the schema file through Prisma's own parser (getDMMF), rendered the way Prisma's
// migration SQL renders it; the actual side is read from pg_catalog. CHECK constraints are not
// compared: the schema language cannot express them (they live at the end of the migrations).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as prismaInternals from '@prisma/internals'
import pg from 'pg'

export const defaultSchemaPath = fileURLToPath(new URL('../../prisma/schema.prisma', import.meta.url))

export interface ColumnShape {
  /** As PostgreSQL's format_type() spells it, without identifier quotes: `timestamp(3) without time zone`, `Role[]`. */
  type: string
  nullable: boolean
  /** Canonical form (see canonicalDefault), or null for no database default. */
  default: string | null
}

export interface IndexShape {
  name: string
  table: string
  /** Column names, with ` DESC` appended for descending ones; `<expression>` for expression parts. */
  columns: string[]
  unique: boolean
  method: string
  predicate: string | null
}

export interface ForeignKeyShape {
  name: string
  table: string
  columns: string[]
  referencedTable: string
  referencedColumns: string[]
  onDelete: string
  onUpdate: string
}

export interface TableShape {
  columns: Record<string, ColumnShape>
  primaryKey: { name: string; columns: string[] } | null
}

export interface SchemaSnapshot {
  enums: Record<string, string[]>
  tables: Record<string, TableShape>
  indexes: IndexShape[]
  foreignKeys: ForeignKeyShape[]
}

// ───────────────────────────── expected side: schema.prisma ─────────────────────────────

/** Minimal view of the DMMF parts we read (Prisma's own types move between versions). */
interface DmmfField {
  name: string
  dbName?: string | null
  kind: 'scalar' | 'object' | 'enum' | 'unsupported'
  isList: boolean
  isRequired: boolean
  type: string
  nativeType?: [string, string[]] | null
  default?: unknown
  relationName?: string
  relationFromFields?: string[]
  relationToFields?: string[]
  relationOnDelete?: string
  relationOnUpdate?: string
}
interface DmmfModel {
  name: string
  dbName: string | null
  schema?: string | null
  fields: DmmfField[]
  primaryKey: { name: string | null; fields: string[] } | null
}
interface DmmfIndex {
  model: string
  type: 'id' | 'unique' | 'normal' | 'fulltext'
  dbName?: string | null
  algorithm?: string
  where?: unknown
  fields: { name: string; sortOrder?: 'asc' | 'desc'; operatorClass?: string }[]
}
interface DmmfEnum {
  name: string
  dbName?: string | null
  values: { name: string; dbName: string | null }[]
}
interface Dmmf {
  datamodel: { models: DmmfModel[]; enums: DmmfEnum[]; indexes?: DmmfIndex[] }
}

type GetDmmf = (options: { datamodel: string }) => Promise<Dmmf>

function getDmmfFunction(): GetDmmf {
  // @prisma/internals is CommonJS; Node's ESM loader exposes it only as the default export.
  const namespace = prismaInternals as unknown as { getDMMF?: GetDmmf; default?: { getDMMF?: GetDmmf } }
  const getDMMF = namespace.getDMMF ?? namespace.default?.getDMMF
  if (!getDMMF) throw new Error('@prisma/internals does not export getDMMF')
  return getDMMF
}

/** PostgreSQL's identifier limit; Prisma truncates default constraint names to fit it. */
const NAME_LIMIT = 63

/** Prisma's default constraint names (psl ConstraintNames, PostgreSQL). */
export const prismaDefaultNames = {
  primaryKey(table: string) {
    return `${table.length >= NAME_LIMIT - 5 ? table.slice(0, NAME_LIMIT - 5) : table}_pkey`
  },
  index(table: string, columns: string[], unique: boolean) {
    const suffix = unique ? '_key' : '_idx'
    const base = `${table}_${columns.join('_')}`
    return `${base.length >= NAME_LIMIT - suffix.length ? base.slice(0, NAME_LIMIT - suffix.length) : base}${suffix}`
  },
  foreignKey(table: string, columns: string[]) {
    const base = `${table}_${columns.join('_')}`
    return `${base.length >= NAME_LIMIT - 5 ? base.slice(0, NAME_LIMIT - 5) : base}_fkey`
  },
}

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
}

function nativeTypeSql(name: string, args: string[]): string {
  const precision = args.length ? `(${args.join(',')})` : ''
  switch (name) {
    case 'Text': return 'text'
    case 'VarChar': return `character varying${precision}`
    case 'Char': return `character${precision || '(1)'}`
    case 'Bit': return `bit${precision || '(1)'}`
    case 'VarBit': return `bit varying${precision}`
    case 'Uuid': return 'uuid'
    case 'Xml': return 'xml'
    case 'Inet': return 'inet'
    case 'Citext': return 'citext'
    case 'Boolean': return 'boolean'
    case 'SmallInt': return 'smallint'
    case 'Integer': return 'integer'
    case 'Oid': return 'oid'
    case 'BigInt': return 'bigint'
    case 'DoublePrecision': return 'double precision'
    case 'Real': return 'real'
    case 'Decimal': return `numeric${precision}`
    case 'Money': return 'money'
    case 'Timestamp': return `timestamp${precision} without time zone`
    case 'Timestamptz': return `timestamp${precision} with time zone`
    case 'Date': return 'date'
    case 'Time': return `time${precision} without time zone`
    case 'Timetz': return `time${precision} with time zone`
    case 'Json': return 'json'
    case 'JsonB': return 'jsonb'
    case 'ByteA': return 'bytea'
    default:
      throw new Error(`schema-drift: native type @db.${name} is not supported yet; extend nativeTypeSql()`)
  }
}

/** Which literal syntax a column type's defaults use, to canonicalise them. */
function literalKind(type: string): 'number' | 'boolean' | 'json' | 'timestamp' | 'text' {
  const base = type.replace(/\[\]$/, '')
  if (/^(integer|bigint|smallint|oid|real|double precision|numeric|money)/.test(base)) return 'number'
  if (base === 'boolean') return 'boolean'
  if (base === 'json' || base === 'jsonb') return 'json'
  if (/^(timestamp|date|time)/.test(base)) return 'timestamp'
  return 'text'
}

function canonicalJson(value: unknown): string {
  const sort = (input: unknown): unknown =>
    Array.isArray(input)
      ? input.map(sort)
      : input && typeof input === 'object'
        ? Object.fromEntries(Object.keys(input).sort().map((key) => [key, sort((input as Record<string, unknown>)[key])]))
        : input
  return JSON.stringify(sort(value))
}

function canonicalLiteral(raw: string, kind: ReturnType<typeof literalKind>): string {
  switch (kind) {
    case 'number':
      return Number.isFinite(Number(raw)) ? String(Number(raw)) : raw
    case 'boolean':
      return String(/^(t|true|y|yes|on|1)$/i.test(raw))
    case 'json':
      try {
        return canonicalJson(JSON.parse(raw))
      } catch {
        return raw
      }
    case 'timestamp': {
      const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw.replace(' ', 'T')}Z`)
      return Number.isNaN(date.getTime()) ? raw : date.toISOString()
    }
    default:
      return raw
  }
}

/** Splits `a, 'b,c', ARRAY[...]` on top-level commas. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quoted = false
  let current = ''
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === "'" && text[i + 1] === "'") {
        current += "''"
        i++
        continue
      }
      if (char === "'") quoted = false
    } else if (char === "'") quoted = true
    else if (char === '(' || char === '[') depth++
    else if (char === ')' || char === ']') depth--
    else if (char === ',' && depth === 0) {
      parts.push(current.trim())
      current = ''
      continue
    }
    current += char
  }
  if (current.trim()) parts.push(current.trim())
  return parts
}

/**
 * Canonical form of a default expression as PostgreSQL prints it (pg_get_expr), so that
 * `'vi'::"Locale"`, `CURRENT_TIMESTAMP`, `'-1'::integer` and `nextval('"T_id_seq"'::regclass)`
 * compare equal to what the schema says.
 */
export function canonicalDefault(expression: string | null, type: string): string | null {
  if (expression === null) return null
  let expr = expression.trim()
  while (/^\(.*\)$/.test(expr) && splitTopLevel(expr.slice(1, -1)).length === 1 && balanced(expr.slice(1, -1)))
    expr = expr.slice(1, -1).trim()
  const sequence = /^nextval\('(.+)'::regclass\)$/i.exec(expr)
  if (sequence) return `sequence:${sequence[1].replace(/"/g, '')}`
  if (/^(current_timestamp(\(\d\))?|now\(\))$/i.test(expr)) return 'now()'
  const array = /^ARRAY\[(.*)\](::[\w\s".[\]()]+)?$/is.exec(expr)
  if (array) {
    const items = splitTopLevel(array[1]).map((item) => canonicalDefault(item, type.replace(/\[\]$/, '')))
    return `[${items.join(', ')}]`
  }
  if (/^'\{\}'::[\w\s".[\]]+\[\]$/.test(expr)) return '[]'
  const kind = literalKind(type)
  const literal = /^'((?:[^']|'')*)'(::[\w\s".[\]()]+)?$/s.exec(expr)
  if (literal) return canonicalLiteral(literal[1].replace(/''/g, "'"), kind)
  if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(expr)) return canonicalLiteral(expr, 'number')
  if (/^(true|false)$/i.test(expr)) return expr.toLowerCase()
  return `expr:${expr.replace(/\s+/g, ' ').replace(/"/g, '').toLowerCase()}`
}

function balanced(text: string): boolean {
  let depth = 0
  for (const char of text) {
    if (char === '(') depth++
    if (char === ')' && --depth < 0) return false
  }
  return depth === 0
}

/** `map:` names of @relation attributes, which the DMMF does not expose: "Model.field" → name. */
export function relationConstraintNames(schemaText: string): Map<string, string> {
  const names = new Map<string, string>()
  for (const block of schemaText.matchAll(/^\s*model\s+(\w+)\s*\{([\s\S]*?)^\s*\}/gm)) {
    for (const line of block[2].split('\n')) {
      const field = /^\s*(\w+)\s+\S+.*@relation\((.*)\)/.exec(line)
      const map = field && /\bmap\s*:\s*"([^"]+)"/.exec(field[2])
      if (field && map) names.set(`${block[1]}.${field[1]}`, map[1])
    }
  }
  return names
}

export async function expectedSchema(schemaText: string): Promise<SchemaSnapshot> {
  const dmmf = await getDmmfFunction()({ datamodel: schemaText })
  const { models, enums, indexes } = dmmf.datamodel
  if (!indexes) throw new Error('schema-drift: this Prisma version does not expose datamodel.indexes in its DMMF')

  const enumByName = new Map(enums.map((item) => [item.name, item]))
  const modelByName = new Map(models.map((model) => [model.name, model]))
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name
  const columnOf = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((candidate) => candidate.name === fieldName)
    if (!field) throw new Error(`schema-drift: ${model.name}.${fieldName} not found`)
    return field.dbName ?? field.name
  }
  const relationNames = relationConstraintNames(schemaText)

  const snapshot: SchemaSnapshot = { enums: {}, tables: {}, indexes: [], foreignKeys: [] }
  for (const item of enums) snapshot.enums[item.dbName ?? item.name] = item.values.map((value) => value.dbName ?? value.name)

  for (const model of models) {
    if (model.schema) throw new Error(`schema-drift: multiSchema (${model.name} in "${model.schema}") is not supported`)
    const table = tableOf(model)
    const columns: Record<string, ColumnShape> = {}
    for (const field of model.fields) {
      if (field.kind === 'object') {
        const other = modelByName.get(field.type)
        const back = other?.fields.find((candidate) => candidate.relationName === field.relationName && candidate !== field)
        if (field.isList && back?.isList)
          throw new Error(`schema-drift: implicit many-to-many relation ${field.relationName} is not supported yet`)
        continue
      }
      if (field.kind === 'unsupported') throw new Error(`schema-drift: Unsupported(...) field ${model.name}.${field.name}`)
      const column = field.dbName ?? field.name
      let type: string
      if (field.kind === 'enum') {
        const enumType = enumByName.get(field.type)
        type = enumType?.dbName ?? field.type
      } else if (field.nativeType) {
        type = nativeTypeSql(field.nativeType[0], field.nativeType[1])
      } else {
        type = SCALAR_TYPES[field.type] ?? ''
        if (!type) throw new Error(`schema-drift: scalar type ${field.type} (${model.name}.${field.name}) is not supported`)
      }
      if (field.isList) type += '[]'
      columns[column] = {
        type,
        // Prisma renders scalar lists without NOT NULL although the DMMF marks them required.
        nullable: field.isList || !field.isRequired,
        default: expectedDefault(field, table, column, type, enumByName),
      }
    }

    const idIndex = indexes.find((index) => index.model === model.name && index.type === 'id')
    const pkFields = idIndex?.fields.map((part) => part.name) ?? model.primaryKey?.fields ?? []
    snapshot.tables[table] = {
      columns,
      primaryKey: pkFields.length
        ? {
            name: idIndex?.dbName ?? prismaDefaultNames.primaryKey(table),
            columns: pkFields.map((name) => columnOf(model, name)),
          }
        : null,
    }

    for (const index of indexes) {
      if (index.model !== model.name || index.type === 'id') continue
      if (index.type === 'fulltext') throw new Error('schema-drift: fulltext indexes do not exist on PostgreSQL')
      if (index.where) throw new Error('schema-drift: partial indexes are not supported yet')
      const unique = index.type === 'unique'
      const names = index.fields.map((part) => columnOf(model, part.name))
      snapshot.indexes.push({
        name: index.dbName ?? prismaDefaultNames.index(table, names, unique),
        table,
        columns: index.fields.map((part, i) => {
          const opclass = part.operatorClass ? ` ${operatorClassSql(part.operatorClass)}` : ''
          return `${names[i]}${opclass}${part.sortOrder === 'desc' ? ' DESC' : ''}`
        }),
        unique,
        method: (index.algorithm ?? 'BTree').toLowerCase(),
        predicate: null,
      })
    }

    for (const field of model.fields) {
      if (field.kind !== 'object' || !field.relationFromFields?.length) continue
      const target = modelByName.get(field.type)
      if (!target) throw new Error(`schema-drift: relation target ${field.type} not found`)
      const columnsFrom = field.relationFromFields.map((name) => columnOf(model, name))
      snapshot.foreignKeys.push({
        name: relationNames.get(`${model.name}.${field.name}`) ?? prismaDefaultNames.foreignKey(table, columnsFrom),
        table,
        columns: columnsFrom,
        referencedTable: tableOf(target),
        referencedColumns: (field.relationToFields ?? []).map((name) => columnOf(target, name)),
        // Prisma's defaults: optional relations SET NULL, required ones RESTRICT; updates CASCADE.
        onDelete: field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull'),
        onUpdate: field.relationOnUpdate ?? 'Cascade',
      })
    }
  }
  return sorted(snapshot)
}

function operatorClassSql(operatorClass: string): string {
  // raw("text_pattern_ops") arrives verbatim; enum members arrive as e.g. JsonbPathOps.
  return /[A-Z]/.test(operatorClass) ? operatorClass.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase() : operatorClass
}

function expectedDefault(
  field: DmmfField,
  table: string,
  column: string,
  type: string,
  enumByName: Map<string, DmmfEnum>,
): string | null {
  const value = field.default
  if (value === undefined || value === null) return null
  if (typeof value === 'object' && !Array.isArray(value)) {
    const { name, args } = value as { name: string; args: unknown[] }
    if (name === 'autoincrement') return `sequence:${table}_${column}_seq`
    if (name === 'now') return 'now()'
    if (name === 'dbgenerated') return args.length ? canonicalDefault(String(args[0]), type) : null
    return null // cuid(), uuid(), nanoid(), ulid() are generated by the client, not the database
  }
  const scalar = (item: unknown, itemType: string): string => {
    if (field.kind === 'enum') {
      const mapped = enumByName.get(field.type)?.values.find((entry) => entry.name === item)
      return mapped?.dbName ?? String(item)
    }
    if (field.type === 'Json') return canonicalLiteral(String(item), 'json')
    return canonicalLiteral(String(item), literalKind(itemType))
  }
  if (Array.isArray(value)) return `[${value.map((item) => scalar(item, type.replace(/\[\]$/, ''))).join(', ')}]`
  return scalar(value, type)
}

// ───────────────────────────── actual side: pg_catalog ─────────────────────────────

const FK_ACTIONS: Record<string, string> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' }

export async function readDatabaseSchema(databaseUrl: string): Promise<SchemaSnapshot> {
  const url = new URL(databaseUrl)
  const schema = url.searchParams.get('schema') || 'public'
  url.searchParams.delete('schema')
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    return await describe(client, schema)
  } finally {
    await client.end()
  }
}

const IGNORED_TABLES = new Set(['_prisma_migrations'])

async function describe(client: pg.Client, schema: string): Promise<SchemaSnapshot> {
  const snapshot: SchemaSnapshot = { enums: {}, tables: {}, indexes: [], foreignKeys: [] }

  const enums = await client.query<{ name: string; labels: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder)::text[] AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 GROUP BY t.typname`,
    [schema],
  )
  for (const row of enums.rows) snapshot.enums[row.name] = row.labels

  const columns = await client.query<{ table: string; column: string; type: string; nullable: boolean; default: string | null }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
            NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
      ORDER BY c.relname, a.attnum`,
    [schema],
  )
  for (const row of columns.rows) {
    if (IGNORED_TABLES.has(row.table)) continue
    const table = (snapshot.tables[row.table] ??= { columns: {}, primaryKey: null })
    const type = row.type.replace(/"/g, '')
    table.columns[row.column] = { type, nullable: row.nullable, default: canonicalDefault(row.default, type) }
  }

  const indexes = await client.query<{
    name: string
    table: string
    unique: boolean
    primary: boolean
    method: string
    predicate: string | null
    columns: (string | null)[]
    opclasses: string[]
    default_opclass: boolean[]
    options: number[]
  }>(
    `SELECT i.relname AS name, t.relname AS table, ix.indisunique AS unique, ix.indisprimary AS primary,
            am.amname AS method, pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
            array(SELECT a.attname::text FROM generate_subscripts(ix.indkey, 1) AS k(i)
                    LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = ix.indkey[k.i]
                   WHERE k.i < ix.indnkeyatts ORDER BY k.i) AS columns,
            array(SELECT oc.opcname::text FROM generate_subscripts(ix.indclass, 1) AS k(i)
                    JOIN pg_opclass oc ON oc.oid = ix.indclass[k.i] ORDER BY k.i) AS opclasses,
            array(SELECT oc.opcdefault FROM generate_subscripts(ix.indclass, 1) AS k(i)
                    JOIN pg_opclass oc ON oc.oid = ix.indclass[k.i] ORDER BY k.i) AS default_opclass,
            ix.indoption::int2[] AS options
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       JOIN pg_am am ON am.oid = i.relam
      WHERE n.nspname = $1`,
    [schema],
  )
  for (const row of indexes.rows) {
    if (IGNORED_TABLES.has(row.table)) continue
    const columnNames = row.columns.map((column, i) => {
      const opclass = row.default_opclass[i] === false ? ` ${row.opclasses[i]}` : ''
      const descending = (row.options[i] ?? 0) & 1 ? ' DESC' : ''
      return `${column ?? '<expression>'}${opclass}${descending}`
    })
    if (row.primary) {
      const table = (snapshot.tables[row.table] ??= { columns: {}, primaryKey: null })
      table.primaryKey = { name: row.name, columns: columnNames }
      continue
    }
    snapshot.indexes.push({
      name: row.name,
      table: row.table,
      columns: columnNames,
      unique: row.unique,
      method: row.method,
      predicate: row.predicate,
    })
  }

  const foreignKeys = await client.query<{
    name: string
    table: string
    referenced_table: string
    columns: string[]
    referenced_columns: string[]
    on_delete: string
    on_update: string
  }>(
    `SELECT con.conname AS name, t.relname AS table, rt.relname AS referenced_table,
            array(SELECT a.attname::text FROM generate_subscripts(con.conkey, 1) AS k(i)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[k.i] ORDER BY k.i) AS columns,
            array(SELECT a.attname::text FROM generate_subscripts(con.confkey, 1) AS k(i)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = con.confkey[k.i] ORDER BY k.i)
              AS referenced_columns,
            con.confdeltype AS on_delete, con.confupdtype AS on_update
       FROM pg_constraint con
       JOIN pg_class t ON t.oid = con.conrelid
       JOIN pg_class rt ON rt.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE con.contype = 'f' AND n.nspname = $1`,
    [schema],
  )
  for (const row of foreignKeys.rows) {
    if (IGNORED_TABLES.has(row.table)) continue
    snapshot.foreignKeys.push({
      name: row.name,
      table: row.table,
      columns: row.columns,
      referencedTable: row.referenced_table,
      referencedColumns: row.referenced_columns,
      onDelete: FK_ACTIONS[row.on_delete] ?? row.on_delete,
      onUpdate: FK_ACTIONS[row.on_update] ?? row.on_update,
    })
  }
  return sorted(snapshot)
}

// ───────────────────────────── comparison ─────────────────────────────

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Orders indexes and foreign keys by table and name, so snapshots compare and print stably. */
function sorted(snapshot: SchemaSnapshot): SchemaSnapshot {
  const order = (a: { table: string; name: string }, b: { table: string; name: string }) =>
    byCodePoint(a.table, b.table) || byCodePoint(a.name, b.name)
  snapshot.indexes.sort(order)
  snapshot.foreignKeys.sort(order)
  return snapshot
}

const list = (items: string[]) => `(${items.join(', ')})`
const describeIndex = (index: IndexShape) =>
  `${index.unique ? 'UNIQUE ' : ''}${index.method} on "${index.table}"${list(index.columns)}` +
  (index.predicate ? ` WHERE ${index.predicate}` : '')
const describeForeignKey = (fk: ForeignKeyShape) =>
  `"${fk.table}"${list(fk.columns)} → "${fk.referencedTable}"${list(fk.referencedColumns)} ` +
  `ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`

/** Human-readable differences between the schema's expectation and the database; empty = no drift. */
export function compareSchemas(expected: SchemaSnapshot, actual: SchemaSnapshot): string[] {
  const problems: string[] = []

  for (const [name, values] of Object.entries(expected.enums)) {
    const found = actual.enums[name]
    if (!found) problems.push(`Enum "${name}" is missing`)
    else if (found.join(',') !== values.join(','))
      problems.push(`Enum "${name}" has values ${list(found)}, schema expects ${list(values)}`)
  }
  for (const name of Object.keys(actual.enums))
    if (!(name in expected.enums)) problems.push(`Enum "${name}" is not in the schema`)

  for (const [tableName, table] of Object.entries(expected.tables)) {
    const found = actual.tables[tableName]
    if (!found) {
      problems.push(`Table "${tableName}" is missing`)
      continue
    }
    for (const [columnName, column] of Object.entries(table.columns)) {
      const where = `Column "${tableName}"."${columnName}"`
      const actualColumn = found.columns[columnName]
      if (!actualColumn) {
        problems.push(`${where} is missing`)
        continue
      }
      if (actualColumn.type !== column.type)
        problems.push(`${where} has type ${actualColumn.type}, schema expects ${column.type}`)
      if (actualColumn.nullable !== column.nullable)
        problems.push(`${where} is ${actualColumn.nullable ? 'nullable' : 'NOT NULL'}, schema expects ${column.nullable ? 'nullable' : 'NOT NULL'}`)
      if (actualColumn.default !== column.default)
        problems.push(`${where} has default ${actualColumn.default ?? 'none'}, schema expects ${column.default ?? 'none'}`)
    }
    for (const columnName of Object.keys(found.columns))
      if (!(columnName in table.columns)) problems.push(`Column "${tableName}"."${columnName}" is not in the schema`)

    const pk = table.primaryKey
    const actualPk = found.primaryKey
    if (pk && !actualPk) problems.push(`Table "${tableName}" has no primary key, schema expects ${pk.name}${list(pk.columns)}`)
    else if (!pk && actualPk) problems.push(`Table "${tableName}" has primary key ${actualPk.name}, schema has none`)
    else if (pk && actualPk && (pk.name !== actualPk.name || pk.columns.join() !== actualPk.columns.join()))
      problems.push(
        `Primary key of "${tableName}" is ${actualPk.name}${list(actualPk.columns)}, schema expects ${pk.name}${list(pk.columns)}`,
      )
  }
  for (const tableName of Object.keys(actual.tables))
    if (!(tableName in expected.tables)) problems.push(`Table "${tableName}" is not in the schema`)

  const actualIndexes = new Map(actual.indexes.map((index) => [index.name, index]))
  for (const index of expected.indexes) {
    const found = actualIndexes.get(index.name)
    if (!found) problems.push(`Index "${index.name}" is missing: ${describeIndex(index)}`)
    else if (describeIndex(found) !== describeIndex(index))
      problems.push(`Index "${index.name}" is ${describeIndex(found)}, schema expects ${describeIndex(index)}`)
    actualIndexes.delete(index.name)
  }
  for (const index of actualIndexes.values()) problems.push(`Index "${index.name}" is not in the schema: ${describeIndex(index)}`)

  const actualForeignKeys = new Map(actual.foreignKeys.map((fk) => [fk.name, fk]))
  for (const fk of expected.foreignKeys) {
    const found = actualForeignKeys.get(fk.name)
    if (!found) problems.push(`Foreign key "${fk.name}" is missing: ${describeForeignKey(fk)}`)
    else if (describeForeignKey(found) !== describeForeignKey(fk))
      problems.push(`Foreign key "${fk.name}" is ${describeForeignKey(found)}, schema expects ${describeForeignKey(fk)}`)
    actualForeignKeys.delete(fk.name)
  }
  for (const fk of actualForeignKeys.values())
    problems.push(`Foreign key "${fk.name}" is not in the schema: ${describeForeignKey(fk)}`)

  return problems
}

/** Reads the schema file and the database and returns their differences (empty = no drift). */
export async function checkSchemaDrift(databaseUrl: string, schemaPath = defaultSchemaPath): Promise<string[]> {
  const [expected, actual] = await Promise.all([
    expectedSchema(readFileSync(schemaPath, 'utf8')),
    readDatabaseSchema(databaseUrl),
  ])
  return compareSchemas(expected, actual)
}
