import { deleteUser, getUsers, type AppUserRow } from '../api/data';
import { Cell } from './Cell';
import { PagedTable, type Column } from './PagedTable';

interface Props {
  projectId: string;
  freshness: string;
  onDeleted: () => void;
}

const columns: Column<AppUserRow>[] = [
  { key: 'email', header: 'email', cell: (user) => user.email },
  { key: 'name', header: 'name', cell: (user) => <Cell value={user.name} type="text" /> },
  { key: 'admin', header: 'admin', cell: (user) => (user.admin ? <span className="data-admin">admin</span> : <span className="muted">no</span>) },
  { key: 'joined', header: 'joined', cell: (user) => <Cell value={user.createdAt} type="datetime" /> },
];

/** The people who signed up to the app (its own users, not Faibric accounts). */
export function UsersTable({ projectId, freshness, onDeleted }: Props) {
  return (
    <PagedTable<AppUserRow>
      title="Users"
      unit={['user', 'users']}
      columns={columns}
      load={(limit, offset, signal) => getUsers(projectId, limit, offset, signal)}
      loadKey={`${freshness}|users`}
      remove={(user) => deleteUser(projectId, user.id)}
      itemName={(user) => `user ${user.email}`}
      empty="No one has signed up to the app yet."
      onDeleted={onDeleted}
      testId="data-users"
    />
  );
}
