// @vitest-environment node
// The declarations the prompts quote (src/main/resources/prompts/faibric-data.d.ts) say what
// the module exports: the same names, each the same type as in the source, checked by the
// TypeScript compiler.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';

const runtimeDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = resolve(runtimeDir, 'faibric-data.ts');
const declarations = resolve(runtimeDir, '../../src/main/resources/prompts/faibric-data.d.ts');
const probe = resolve(runtimeDir, 'declarations-probe.ts');

const options: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  skipLibCheck: true,
  noEmit: true,
};

/** A program of the source, the declarations and, when given, a probe file that compares them. */
function program(probeText?: string, old?: ts.Program): ts.Program {
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => (probeText !== undefined && resolve(file) === probe ? probeText : read(file));
  host.fileExists = (file) => (probeText !== undefined && resolve(file) === probe) || ts.sys.fileExists(file);
  host.getSourceFile = (file, version) =>
    probeText !== undefined && resolve(file) === probe
      ? ts.createSourceFile(file, probeText, version)
      : getSourceFile(file, version);
  return ts.createProgram([entry, declarations, ...(probeText !== undefined ? [probe] : [])], options, host, old);
}

interface Export {
  value: boolean;
  type: boolean;
  typeParameters: number;
  generic: boolean;
}

function exportsOf(checker: ts.TypeChecker, module: ts.Symbol): Map<string, Export> {
  const found = new Map<string, Export>();
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    const typeParameters =
      declaration && (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration))
        ? (declaration.typeParameters?.length ?? 0)
        : 0;
    const value = (symbol.flags & ts.SymbolFlags.Value) !== 0;
    const generic =
      value && checker.getTypeOfSymbol(symbol).getCallSignatures().some((s) => (s.typeParameters?.length ?? 0) > 0);
    found.set(exported.name, { value, type: (symbol.flags & ts.SymbolFlags.Type) !== 0, typeParameters, generic });
  }
  return found;
}

it('declares exactly what faibric-data.ts exports, each with the same type', () => {
  const first = program();
  const checker = first.getTypeChecker();
  const source = checker.getSymbolAtLocation(first.getSourceFile(entry)!)!;
  const declared = checker.getAmbientModules().find((m) => m.name === '"faibric/data"');
  expect(declared, 'the declarations declare module "faibric/data"').toBeDefined();
  const sourceExports = exportsOf(checker, source);
  const declaredExports = exportsOf(checker, declared!);
  expect([...declaredExports.keys()].sort()).toEqual([...sourceExports.keys()].sort());

  // One line per export; a type that differs is a compile error that names it.
  const lines = [
    "import type * as S from './faibric-data';",
    "import type * as D from 'faibric/data';",
    'type Equal<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;',
    'type Probe = { title: string; votes: number; done: boolean };',
  ];
  for (const [name, { value, type, typeParameters, generic }] of sourceExports) {
    if (value) lines.push(`export const value_${name}: Equal<typeof S.${name}, typeof D.${name}> = true;`);
    if (generic) lines.push(`export const probed_${name}: Equal<typeof S.${name}<Probe>, typeof D.${name}<Probe>> = true;`);
    if (type) {
      const args = typeParameters ? `<${Array(typeParameters).fill('Probe').join(', ')}>` : '';
      lines.push(`export const type_${name}: Equal<S.${name}${args}, D.${name}${args}> = true;`);
    }
  }
  const checked = program(lines.join('\n'), first);
  const problems = [checked.getSourceFile(probe)!, checked.getSourceFile(declarations)!]
    .flatMap((file) => ts.getPreEmitDiagnostics(checked, file))
    .map((d) => {
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
      const where = d.file?.fileName === probe ? lines[line] : `${d.file?.fileName}:${line + 1}`;
      return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
  expect(problems).toEqual([]);
  expect(lines.length).toBeGreaterThan(4 + sourceExports.size);
  expect(readFileSync(declarations, 'utf8')).toContain("declare module 'faibric/data'");
}, 60_000);
