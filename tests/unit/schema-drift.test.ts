// The expected side of the drift check: what Prisma's migration SQL would create for a schema.
import {
  canonicalDefault,
  compareSchemas,
  expectedSchema,
  prismaDefaultNames,
  relationConstraintNames,
} from '../../scripts/lib/schema-drift.ts'
import { SAMPLE_SCHEMA } from '../fixtures/drift-sample.ts'

describe('schema-drift: expected side', () => {
  it('names constraints as Prisma does, truncating to 63 characters', () => {
    expect(prismaDefaultNames.primaryKey('User')).toBe('User_pkey')
    expect(prismaDefaultNames.index('Inquiry', ['producerId', 'status'], false)).toBe('Inquiry_producerId_status_idx')
    expect(prismaDefaultNames.index('User', ['email'], true)).toBe('User_email_key')
    expect(prismaDefaultNames.foreignKey('Session', ['userId'])).toBe('Session_userId_fkey')
    const columns = ['wishedNeighbourIds', 'zonePreferences', 'decisionReason']
    const long = prismaDefaultNames.index('BoothApplication', columns, false)
    expect(long).toHaveLength(63)
    expect(long).toBe(`BoothApplication_${columns.join('_')}`.slice(0, 59) + '_idx')
    expect(prismaDefaultNames.foreignKey('A'.repeat(70), ['x'])).toBe('A'.repeat(58) + '_fkey')
  })

  it('canonicalises PostgreSQL default expressions', () => {
    expect(canonicalDefault(`'vi'::"Locale"`, 'Locale')).toBe('vi')
    expect(canonicalDefault('CURRENT_TIMESTAMP', 'timestamp(3) without time zone')).toBe('now()')
    expect(canonicalDefault(`nextval('"SearchOutbox_id_seq"'::regclass)`, 'bigint')).toBe('sequence:SearchOutbox_id_seq')
    expect(canonicalDefault(`'-1'::integer`, 'integer')).toBe('-1')
    expect(canonicalDefault('1.50', 'numeric(65,30)')).toBe('1.5')
    expect(canonicalDefault(`'it''s'::text`, 'text')).toBe("it's")
    expect(canonicalDefault(`ARRAY['a'::text, 'b, c'::text]`, 'text[]')).toBe('[a, b, c]')
    expect(canonicalDefault(`'{}'::text[]`, 'text[]')).toBe('[]')
    expect(canonicalDefault(`'{"b": 1, "a": 2}'::jsonb`, 'jsonb')).toBe('{"a":2,"b":1}')
    expect(canonicalDefault(`'2024-01-01 00:00:00'::timestamp without time zone`, 'timestamp(3) without time zone')).toBe(
      '2024-01-01T00:00:00.000Z',
    )
    expect(canonicalDefault('gen_random_uuid()', 'uuid')).toBe('expr:gen_random_uuid()')
    expect(canonicalDefault(null, 'text')).toBeNull()
  })

  it('reads @relation map names from the schema text (the DMMF omits them)', () => {
    expect([...relationConstraintNames(SAMPLE_SCHEMA)]).toEqual([['Item.shelf', 'item_shelf_fk']])
  })

  it('derives tables, types, defaults, keys, indexes and foreign keys from the schema', async () => {
    const snapshot = await expectedSchema(SAMPLE_SCHEMA)
    expect(snapshot.enums).toEqual({ colour: ['red', 'GREEN'] })
    expect(Object.keys(snapshot.tables).sort()).toEqual(['Item', 'Owner', 'shelves'])
    expect(snapshot.tables.shelves.columns).toEqual({
      id: { type: 'integer', nullable: false, default: 'sequence:shelves_id_seq' },
      code: { type: 'character varying(12)', nullable: false, default: null },
      colour: { type: 'colour', nullable: false, default: 'red' },
      price: { type: 'numeric(10,2)', nullable: false, default: null },
      ratio: { type: 'numeric(65,30)', nullable: false, default: '1.5' },
      openedOn: { type: 'date', nullable: false, default: null },
      seenAt: { type: 'timestamp(6) with time zone', nullable: false, default: 'now()' },
      // Prisma creates scalar lists without NOT NULL although the DMMF calls them required.
      tags: { type: 'text[]', nullable: true, default: '[a, b]' },
      meta: { type: 'jsonb', nullable: false, default: '{"a":2,"b":1}' },
      note_text: { type: 'text', nullable: true, default: null },
    })
    expect(snapshot.tables.shelves.primaryKey).toEqual({ name: 'shelves_pkey', columns: ['id'] })
    expect(snapshot.tables.Item.primaryKey).toEqual({ name: 'Item_pkey', columns: ['shelfId', 'slot'] })
    expect(snapshot.tables.Owner.columns.id).toEqual({ type: 'bigint', nullable: false, default: 'sequence:Owner_id_seq' })
    expect(snapshot.indexes).toEqual([
      { name: 'shelf_code_uq', table: 'shelves', columns: ['code'], unique: true, method: 'btree', predicate: null },
      { name: 'shelves_code_idx', table: 'shelves', columns: ['code'], unique: false, method: 'hash', predicate: null },
      { name: 'shelves_seenAt_code_idx', table: 'shelves', columns: ['seenAt DESC', 'code'], unique: false, method: 'btree', predicate: null },
    ])
    expect(snapshot.foreignKeys).toEqual([
      {
        name: 'Item_ownerId_fkey',
        table: 'Item',
        columns: ['ownerId'],
        referencedTable: 'Owner',
        referencedColumns: ['id'],
        onDelete: 'SetNull',
        onUpdate: 'Cascade',
      },
      {
        name: 'item_shelf_fk',
        table: 'Item',
        columns: ['shelfId'],
        referencedTable: 'shelves',
        referencedColumns: ['id'],
        onDelete: 'Cascade',
        onUpdate: 'Cascade',
      },
    ])
  })

  it('finds no differences between a snapshot and itself, and names each kind of difference', async () => {
    const expected = await expectedSchema(SAMPLE_SCHEMA)
    expect(compareSchemas(expected, expected)).toEqual([])

    const actual = structuredClone(expected)
    actual.enums.colour.push('BLUE')
    actual.tables.shelves.columns.code.nullable = true
    delete actual.tables.shelves.columns.note_text
    actual.indexes = actual.indexes.filter((index) => index.name !== 'shelves_code_idx')
    actual.foreignKeys.find((fk) => fk.name === 'Item_ownerId_fkey')!.onDelete = 'Cascade'
    expect(compareSchemas(expected, actual)).toEqual([
      'Enum "colour" has values (red, GREEN, BLUE), schema expects (red, GREEN)',
      'Column "shelves"."code" is nullable, schema expects NOT NULL',
      'Column "shelves"."note_text" is missing',
      'Index "shelves_code_idx" is missing: hash on "shelves"(code)',
      'Foreign key "Item_ownerId_fkey" is "Item"(ownerId) → "Owner"(id) ON DELETE Cascade ON UPDATE Cascade, ' +
        'schema expects "Item"(ownerId) → "Owner"(id) ON DELETE SetNull ON UPDATE Cascade',
    ])
  })

  it('refuses schema features it cannot check rather than passing them silently', async () => {
    const implicitManyToMany = `
datasource db {
  provider = "postgresql"
}
model Post {
  id   Int   @id
  tags Tag[]
}
model Tag {
  id    Int    @id
  posts Post[]
}
`
    await expect(expectedSchema(implicitManyToMany)).rejects.toThrow(/implicit many-to-many/)
  })
})
