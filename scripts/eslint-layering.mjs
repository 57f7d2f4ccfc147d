// Local ESLint rules for the layering in shared/STYLE.md (§1, §2). ESLint's own
// no-restricted-imports matches specifier text and never sees import(); these rules resolve each
// specifier against the importing file and see every way a module is reached: import, export …
// from, import(), import x = require(), require() and import('…') types.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is in scripts/); paths below are relative to it, with "/". */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The globals Office.js defines, and its packages (office-addin-mock stands in for it in tests). */
export const OFFICE_GLOBALS = ['Office', 'Excel', 'OfficeExtension', 'OfficeRuntime'];
export const OFFICE_PACKAGES = ['@microsoft/office-js', 'office-js', '@types/office-js', 'office-addin-mock'];

/** The target of a relative specifier, from the repository root ("shared/kpi/index"), or null. */
function rootPath(specifier, filename) {
  if (!specifier.startsWith('.')) return null;
  const target = path.relative(ROOT, path.resolve(path.dirname(filename), specifier)).split(path.sep).join('/');
  if (target.startsWith('..')) return null;
  return target.replace(/\.(ts|tsx|mts|js|jsx|mjs)$/, '');
}

/** "@scope/name/deep" → "@scope/name"; "name/deep" → "name". */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Calls check(specifier, node) for each module the file reaches by a string literal. */
function eachSpecifier(check) {
  const literal = (node) => {
    if (node?.type === 'Literal' && typeof node.value === 'string') check(node.value, node);
    else if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) check(node.quasis[0].value.cooked, node);
  };
  return {
    ImportDeclaration: (node) => literal(node.source),
    ExportNamedDeclaration: (node) => node.source && literal(node.source),
    ExportAllDeclaration: (node) => literal(node.source),
    ImportExpression: (node) => literal(node.source),
    TSExternalModuleReference: (node) => literal(node.expression),
    TSImportType: (node) => literal(node.source ?? node.argument?.literal),
    CallExpression: (node) => {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require') literal(node.arguments[0]);
    },
  };
}

const fromDirs = {
  meta: {
    type: 'problem',
    docs: { description: 'No module of these top-level folders is imported (shared/ imports nothing from the apps).' },
    schema: [{ type: 'object', properties: { dirs: { type: 'array', items: { type: 'string' } } }, additionalProperties: false }],
    messages: {
      fromDir: "'{{specifier}}' is in {{dir}}/: shared/ is the core the front ends build on and imports nothing from addin/, dashboard/, cli/ or server/ (shared/STYLE.md §2).",
    },
  },
  create(context) {
    const dirs = context.options[0]?.dirs ?? [];
    return eachSpecifier((specifier, node) => {
      const target = rootPath(specifier, context.filename);
      const dir = target?.split('/')[0];
      if (dir !== undefined && dirs.includes(dir)) context.report({ node, messageId: 'fromDir', data: { specifier, dir } });
    });
  },
};

const sharedByIndex = {
  meta: {
    type: 'problem',
    docs: { description: 'The apps import shared/ by an area index (shared/kpi/index), never a deep path.' },
    schema: [{ type: 'object', properties: { entries: { type: 'array', items: { type: 'string' } } }, additionalProperties: false }],
    messages: {
      deep: "'{{specifier}}' reaches into shared/{{area}}/: import it from 'shared/{{area}}/index', and export it there if it is not (shared/STYLE.md §2).",
    },
  },
  create(context) {
    const entries = context.options[0]?.entries ?? [];
    return eachSpecifier((specifier, node) => {
      const target = rootPath(specifier, context.filename);
      if (!target?.startsWith('shared/') || entries.includes(target)) return;
      const [, area, rest, ...deeper] = target.split('/');
      // shared/index, shared/kpi (the folder, i.e. its index) and shared/kpi/index are the surface.
      if (rest === undefined || (rest === 'index' && deeper.length === 0)) return;
      context.report({ node, messageId: 'deep', data: { specifier, area } });
    });
  },
};

const GLOBAL_OBJECTS = ['globalThis', 'window', 'self'];

/** True for `globalThis`, `window` or `self` when it is the global, not a local of that name. */
function isGlobalObject(node, sourceCode) {
  if (node.type !== 'Identifier' || !GLOBAL_OBJECTS.includes(node.name)) return false;
  const reference = sourceCode.getScope(node).references.find((r) => r.identifier === node);
  return !reference?.resolved || reference.resolved.defs.length === 0;
}

const noOffice = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Office.js is named only in addin/office/ (and the test fakes of Office): its globals, in values and in types, and its packages.',
    },
    schema: [],
    messages: {
      office: "'{{name}}' is Office.js: only addin/office/ touches Office (the host boundary, shared/STYLE.md §1); elsewhere take a WorkbookHost.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const report = (node, name) => context.report({ node, messageId: 'office', data: { name } });
    return {
      ...eachSpecifier((specifier, node) => {
        if (OFFICE_PACKAGES.includes(packageName(specifier))) report(node, specifier);
      }),
      Program(node) {
        // Unlike no-restricted-globals, type positions count too: `Excel.Range` outside
        // addin/office/ is Office's model leaking past the host interface.
        const scope = sourceCode.getScope(node);
        const declaredGlobals = scope.variables.filter((v) => v.defs.length === 0 && OFFICE_GLOBALS.includes(v.name));
        const references = [...scope.through, ...declaredGlobals.flatMap((v) => v.references)];
        for (const { identifier } of references) if (OFFICE_GLOBALS.includes(identifier.name)) report(identifier, identifier.name);
      },
      MemberExpression(node) {
        const name = node.computed ? node.property.value : node.property.name;
        if (OFFICE_GLOBALS.includes(name) && isGlobalObject(node.object, sourceCode)) report(node, `${node.object.name}.${name}`);
      },
      BinaryExpression(node) {
        if (node.operator === 'in' && OFFICE_GLOBALS.includes(node.left.value) && isGlobalObject(node.right, sourceCode)) {
          report(node, node.left.value);
        }
      },
    };
  },
};

export default {
  meta: { name: 'layering' },
  rules: { 'no-office': noOffice, 'no-import-from': fromDirs, 'shared-by-index': sharedByIndex },
};
