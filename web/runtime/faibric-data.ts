// `faibric/data`: the client generated apps import to keep shared data and sign their users
// in, on the app's own origin (/_api/...). Bundled by scripts/build-runtime.mjs into
// app-runtime/faibric-data.js with React left to the page's import map (one React instance);
// exported projects get these modules as source (the Maven build copies them to export/client/).
// Its declarations for the prompts: src/main/resources/prompts/faibric-data.d.ts (kept in
// step by data/declarations.test.ts).
export { auth } from './data/auth';
export type { Auth } from './data/auth';
export { collection } from './data/collection';
export type { Collection } from './data/collection';
export { useCollection, useRow, useUser } from './data/hooks';
export type { CollectionState, RowState, UserState } from './data/hooks';
export { DataError } from './data/http';
export type { Listener } from './data/live';
export type { Filter, Query, Value, Where } from './data/query';
export type { AnyRow, AppUser, Change, Page, Row, Values } from './data/types';
