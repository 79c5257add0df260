/**
 * What later cells may use after a cell failed or was interrupted at run time. tslab type-checks every
 * cell against the declarations of the cells before it, and keeps a cell's declarations only when the
 * cell succeeds; yet a failed cell has already run: it reset every name it declares to undefined and
 * assigned some of them before it stopped. Keeping the old declarations would promise values that are
 * gone; dropping the cell's would hide values that are there. So after a failure the declarations are the
 * cell's own for the names it had assigned, and none for the names it declares but had not assigned
 * (using one is then a type error that says the name is unknown, instead of a crash on undefined).
 */
import type * as TS from "typescript";

export interface KeptDeclarations {
  /** The declarations later cells are checked against. */
  readonly declarations: string;
  /** Names the cell declares but had not assigned when it stopped (their declarations are dropped). */
  readonly dropped: string[];
}

/**
 * The declarations to keep after the cell `source` stopped early: `declOutput` (what tslab's converter
 * produced for the cell, the earlier cells' declarations included) without the declarations of names
 * the cell declares whose value in `locals` (the kernel's variables) is still undefined.
 */
export function keepAssigned(ts: typeof TS, declOutput: string, source: string, locals: Readonly<Record<string, unknown>>): KeptDeclarations {
  const own = declaredNames(ts, ts.createSourceFile("cell.ts", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  const unassigned = (name: string): boolean => own.has(name) && locals[name] === undefined;
  const file = ts.createSourceFile("decl.d.ts", declOutput, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const printer = ts.createPrinter();
  const dropped = new Set<string>();
  const kept: string[] = [];
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      const declarations = statement.declarationList.declarations.filter((d) => !bindingNames(ts, d.name).some(unassigned));
      for (const d of statement.declarationList.declarations) for (const n of bindingNames(ts, d.name)) if (unassigned(n)) dropped.add(n);
      if (declarations.length === statement.declarationList.declarations.length) kept.push(statement.getText(file));
      else if (declarations.length > 0) {
        const list = ts.factory.updateVariableDeclarationList(statement.declarationList, declarations);
        kept.push(printer.printNode(ts.EmitHint.Unspecified, ts.factory.updateVariableStatement(statement, statement.modifiers, list), file));
      }
      continue;
    }
    const names = statementNames(ts, statement);
    const gone = names.filter(unassigned);
    gone.forEach((n) => dropped.add(n));
    if (gone.length === 0) kept.push(statement.getText(file));
  }
  return { declarations: kept.length ? kept.join("\n") + "\n" : "", dropped: [...dropped] };
}

/** The value names a cell declares at its top level (variables, functions, classes, enums, imports). */
function declaredNames(ts: typeof TS, file: TS.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) bindingNames(ts, d.name).forEach((n) => names.add(n));
    } else {
      statementNames(ts, statement).forEach((n) => names.add(n));
    }
  }
  return names;
}

/** The value names one non-variable statement declares; none for types and interfaces. */
function statementNames(ts: typeof TS, statement: TS.Statement): string[] {
  if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name)
    return [statement.name.text];
  if (ts.isImportEqualsDeclaration(statement)) return [statement.name.text];
  if (ts.isImportDeclaration(statement) && statement.importClause && !statement.importClause.isTypeOnly) {
    const clause = statement.importClause;
    const names = clause.name ? [clause.name.text] : [];
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) if (!e.isTypeOnly) names.push(e.name.text);
    return names;
  }
  return [];
}

function bindingNames(ts: typeof TS, name: TS.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  const out: string[] = [];
  for (const element of name.elements) if (!ts.isOmittedExpression(element)) out.push(...bindingNames(ts, element.name));
  return out;
}
