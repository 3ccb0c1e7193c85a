import { deleteRow, exportUrl, getRows, type CollectionSummary, type DataRow } from '../api/data';
import { Cell } from './Cell';
import { PagedTable, type Column } from './PagedTable';

interface Props {
  projectId: string;
  collection: CollectionSummary;
  /** Changes with each new version and each refresh. */
  freshness: string;
  onDeleted: () => void;
}

function owner(row: DataRow) {
  if (row.ownerName) return row.ownerName;
  if (row.owner != null) return `user #${row.owner}`;
  return <span className="muted">anonymous</span>;
}

/** A collection's rows: id, its fields in the schema's order, who wrote each and when; JSON and CSV downloads. */
export function RowsTable({ projectId, collection, freshness, onDeleted }: Props) {
  const { name, fields } = collection;
  const columns: Column<DataRow>[] = [
    { key: 'id', header: 'id', cell: (row) => row.id },
    ...fields.map((field) => ({ key: `field-${field.name}`, header: field.name, cell: (row: DataRow) => <Cell value={row[field.name]} type={field.type} /> })),
    { key: 'owner', header: 'owner', cell: owner },
    { key: 'created', header: 'created', cell: (row) => <Cell value={row.createdAt} type="datetime" /> },
  ];
  const exports = (
    <span className="data-exports">
      <span className="muted">Export</span>
      {(['json', 'csv'] as const).map((format) => (
        <a
          key={format}
          className="data-export"
          href={exportUrl(projectId, name, format)}
          download
          aria-label={`Export ${name} as ${format.toUpperCase()}`}
          data-testid={`export-${format}`}
        >
          {format.toUpperCase()}
        </a>
      ))}
    </span>
  );

  return (
    <PagedTable<DataRow>
      title={name}
      unit={['row', 'rows']}
      columns={columns}
      load={(limit, offset, signal) => getRows(projectId, name, limit, offset, signal)}
      loadKey={`${freshness}|${name}`}
      remove={(row) => deleteRow(projectId, name, row.id)}
      itemName={(row) => `row ${row.id}`}
      empty={`No rows in ${name} yet: they appear here as the app’s visitors add them.`}
      onDeleted={onDeleted}
      actions={exports}
      testId="data-rows"
    />
  );
}
