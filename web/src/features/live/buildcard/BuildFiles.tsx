import type { BuildFile } from '../model/buildCard';

const marks = { pending: '○', writing: '●', done: '✓' } as const;
const said = { pending: 'not applied yet', writing: 'being written', done: 'done' } as const;

function count(file: BuildFile) {
  if (file.lines != null) return `${file.lines} ${file.lines === 1 ? 'line' : 'lines'}`;
  return file.edit ? 'edits' : '';
}

/** The files a build writes, as a checklist: pending, being written, done, with their line counts. */
export function BuildFiles({ files }: { files: BuildFile[] }) {
  if (files.length === 0) return null;
  return (
    <ul className="build-files" aria-label="Files" aria-live="off">
      {files.map((file) => (
        <li
          key={file.path}
          className={`build-file build-file-${file.status}`}
          data-testid="build-card-file"
          data-status={file.status}
          data-path={file.path}
        >
          <span className="build-file-mark" aria-hidden="true">
            {marks[file.status]}
          </span>
          <span className="build-file-path">{file.path}</span>
          <span className="build-file-lines">{count(file)}</span>
          <span className="visually-hidden">, {said[file.status]}</span>
        </li>
      ))}
    </ul>
  );
}
