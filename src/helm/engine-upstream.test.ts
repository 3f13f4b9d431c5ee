/**
 * Expectations ported from helm/helm v3.21.4 pkg/engine/engine_test.go (the cases that do not
 * need a cluster or lint mode), run through our engine and chart renderer.
 */
import { describe, expect, it } from 'vitest';
import { loadChartFromFiles } from './chart/load.js';
import { renderFiles, type Renderable } from './engine.js';
import { renderTemplates } from './render.js';

const env = { nowMs: () => 0, random: () => 0 };

function files(entries: Record<string, string>, vals: Record<string, unknown> = { Values: {} }) {
  const tpls: Renderable[] = Object.entries(entries).map(([name, text]) => ({ name, text, vals, basePath: '' }));
  return renderFiles(tpls, { env });
}

function chart(name: string, templates: Record<string, string>, values: Record<string, unknown> = {}, extra: Record<string, string> = {}, release = 'TestRelease') {
  const l = loadChartFromFiles({ 'Chart.yaml': `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`, ...templates, ...extra });
  if (!l.ok) throw new Error(l.error);
  const r = renderTemplates(l.chart, values, { release: { name: release, namespace: 'default' } });
  return r;
}

describe('engine_test.go', () => {
  it('TestParseErrors', () => {
    expect(files({ undefined_function: '{{foo}}' })).toEqual({ ok: false, error: 'parse error at (undefined_function:1): function "foo" not defined' });
  });

  const exec: [string, string, string][] = [
    ['missing_required', '{{required "foo is required" .Values.foo}}', 'execution error at (missing_required:1:2): foo is required'],
    ['missing_required_with_colons', '{{required ":this: message: has many: colons:" .Values.foo}}', 'execution error at (missing_required_with_colons:1:2): :this: message: has many: colons:'],
    ['issue6044', '{{ $someEmptyValue := "" }}\n{{ $myvar := "abc" }}\n{{- required (printf "%s: something is missing" $myvar) $someEmptyValue | repeat 0 }}', 'execution error at (issue6044:3:4): abc: something is missing'],
    ['issue9981', '{{required "foo is required\\nmore info after the break" .Values.foo}}', 'execution error at (issue9981:1:2): foo is required\nmore info after the break'],
    ['issue9981', '{{fail "something is wrong\\nlinebreak"}}', 'execution error at (issue9981:1:2): something is wrong\nlinebreak'],
  ];
  for (const [name, tpl, want] of exec) it(`TestExecErrors ${name}`, () => expect(files({ [name]: tpl })).toEqual({ ok: false, error: want }));

  it('TestFailErrors', () => {
    expect(files({ failtpl: 'All your base are belong to us{{ fail "This is an error" }}' })).toEqual({ ok: false, error: 'execution error at (failtpl:1:33): This is an error' });
  });

  it('TestChartValuesContainsIsRoot', () => {
    const r = chart('parent', { 'templates/isroot': '{{.Chart.IsRoot}}' }, {}, { 'charts/child/Chart.yaml': 'apiVersion: v2\nname: child\nversion: 0.1.0\n', 'charts/child/templates/isroot': '{{.Chart.IsRoot}}' });
    expect(r.ok && Object.fromEntries(r.files)).toEqual({ 'parent/charts/child/templates/isroot': 'false', 'parent/templates/isroot': 'true' });
  });

  it('TestRenderDependency', () => {
    const r = chart('outerchart', { 'templates/outer': 'Hello {{template "myblock"}}' }, {}, { 'charts/innerchart/Chart.yaml': 'apiVersion: v2\nname: innerchart\nversion: 0.1.0\n', 'charts/innerchart/templates/inner': '{{define "myblock"}}World{{end}}' });
    expect(r.ok && r.files.get('outerchart/templates/outer')).toBe('Hello World');
  });

  it('TestAlterFuncMap_include', () => {
    const r = chart('conrad', { 'templates/quote': '{{include "conrad/templates/_partial" . | indent 2}} dead.', 'templates/_partial': '{{.Release.Name}} - he' }, {}, {}, 'Mistah Kurtz');
    expect(r.ok && r.files.get('conrad/templates/quote')).toBe('  Mistah Kurtz - he dead.');
    const d = chart('nested', { 'templates/quote': '{{include "nested/templates/quote" . | indent 2}} dead.', 'templates/_partial': '{{.Release.Name}} - he' });
    expect(!d.ok && d.error).toContain('nested/templates/quote');
  });

  it('TestAlterFuncMap_require', () => {
    const r = chart('conan', {
      'templates/quote': 'All your base are belong to {{ required "A valid \'who\' is required" .Values.who }}',
      'templates/bases': 'All {{ required "A valid \'bases\' is required" .Values.bases }} of them!',
    }, { who: 'us', bases: 2n });
    expect(r.ok && [r.files.get('conan/templates/quote'), r.files.get('conan/templates/bases')]).toEqual(['All your base are belong to us', 'All 2 of them!']);
  });

  it('TestAlterFuncMap_tpl / tplfunc / tplinclude', () => {
    expect(chart('TplFunction', { 'templates/base': 'Evaluate tpl {{tpl "Value: {{ .Values.value}}" .}}' }, { value: 'myvalue' })).toMatchObject({ ok: true, files: new Map([['TplFunction/templates/base', 'Evaluate tpl Value: myvalue']]) });
    const f = chart('TplFunction', { 'templates/base': 'Evaluate tpl {{tpl "Value: {{ .Values.value | quote}}" .}}' }, { value: 'myvalue' });
    expect(f.ok && f.files.get('TplFunction/templates/base')).toBe('Evaluate tpl Value: "myvalue"');
    const i = chart('TplFunction', { 'templates/base': '{{ tpl "{{include `TplFunction/templates/_partial` .  | quote }}" .}}', 'templates/_partial': '{{.Template.Name}}' }, { value: 'myvalue' });
    expect(i.ok && i.files.get('TplFunction/templates/base')).toBe('"TplFunction/templates/base"');
  });

  it('TestRenderRecursionLimit', () => {
    const bad = chart('bad', { 'templates/base': '{{include "recursion" . }}', 'templates/recursion': '{{define "recursion"}}{{include "recursion" . }}{{end}}' });
    expect(!bad.ok && bad.error.endsWith('rendering template has a nested reference name: recursion: unable to execute template')).toBe(true);
    const phrase = 'All work and no play makes Jack a dull boy';
    const ok = chart('overlook', { 'templates/quote': '{{include "overlook" . }}'.repeat(4000), 'templates/_function': `{{define "overlook"}}{{printf "${phrase}\\n"}}{{end}}` });
    expect(ok.ok && ok.files.get('overlook/templates/quote')).toBe(`${phrase}\n`.repeat(4000));
  });

  it('TestRenderLoadTemplateForTplFromFile', () => {
    const r = chart('TplLoadFromFile', {
      'templates/base': '{{ tpl (.Files.Get .Values.filename) . }}',
      'templates/_function': '{{define "test-function"}}test-function{{end}}',
    }, { filename: 'test', filename2: 'test2' }, {
      test: '{{ tpl (.Files.Get .Values.filename2) .}}',
      test2: '{{include "test-function" .}}{{define "nested-define"}}nested-define-content{{end}} {{include "nested-define" .}}',
    });
    expect(r.ok && r.files.get('TplLoadFromFile/templates/base')).toBe('test-function nested-define-content');
  });

  it('TestRenderTplEmpty', () => {
    const r = chart('TplEmpty', {
      'templates/empty-string': '{{tpl "" .}}',
      'templates/empty-action': '{{tpl "{{ \\"\\"}}" .}}',
      'templates/only-defines': '{{tpl "{{define \\"not-invoked\\"}}not-rendered{{end}}" .}}',
    });
    expect(r.ok && Object.fromEntries(r.files)).toEqual({ 'TplEmpty/templates/empty-string': '', 'TplEmpty/templates/empty-action': '', 'TplEmpty/templates/only-defines': '' });
  });

  it('TestRenderTplTemplateNames', () => {
    const r = chart('TplTemplateNames', {
      'templates/default-basepath': '{{tpl "{{ .Template.BasePath }}" .}}',
      'templates/default-name': '{{tpl "{{ .Template.Name }}" .}}',
      'templates/modified-basepath': '{{tpl "{{ .Template.BasePath }}" .Values.dot}}',
      'templates/modified-name': '{{tpl "{{ .Template.Name }}" .Values.dot}}',
      'templates/modified-field': '{{tpl "{{ .Template.Field }}" .Values.dot}}',
    }, { dot: { Template: { BasePath: 'path/to/template', Name: 'name-of-template', Field: 'extra-field' } } });
    expect(r.ok && Object.fromEntries(r.files)).toEqual({
      'TplTemplateNames/templates/default-basepath': 'TplTemplateNames/templates',
      'TplTemplateNames/templates/default-name': 'TplTemplateNames/templates/default-name',
      'TplTemplateNames/templates/modified-basepath': 'path/to/template',
      'TplTemplateNames/templates/modified-name': 'name-of-template',
      'TplTemplateNames/templates/modified-field': 'extra-field',
    });
  });

  it('TestRenderTplRedefines', () => {
    const r = chart('TplRedefines', {
      'templates/_partials': '{{define "partial"}}original-in-partial{{end}}',
      'templates/partial': 'before: {{include "partial" .}}\\n{{tpl .Values.partialText .}}\\nafter: {{include "partial" .}}',
      'templates/manifest': '{{define "manifest"}}original-in-manifest{{end}}before: {{include "manifest" .}}\\n{{tpl .Values.manifestText .}}\\nafter: {{include "manifest" .}}',
      'templates/manifest-only': '{{define "manifest-only"}}only-in-manifest{{end}}before: {{include "manifest-only" .}}\\n{{tpl .Values.manifestOnlyText .}}\\nafter: {{include "manifest-only" .}}',
      'templates/nested': '{{define "nested"}}original-in-manifest{{end}}{{define "nested-outer"}}original-outer-in-manifest{{end}}before: {{include "nested" .}} {{include "nested-outer" .}}\\n{{tpl .Values.nestedText .}}\\nafter: {{include "nested" .}} {{include "nested-outer" .}}',
    }, {
      partialText: '{{define "partial"}}redefined-in-tpl{{end}}tpl: {{include "partial" .}}',
      manifestText: '{{define "manifest"}}redefined-in-tpl{{end}}tpl: {{include "manifest" .}}',
      manifestOnlyText: 'tpl: {{include "manifest-only" .}}',
      nestedText: '{{define "nested"}}redefined-in-tpl{{end}}{{define "nested-outer"}}redefined-outer-in-tpl{{end}}before-inner-tpl: {{include "nested" .}} {{include "nested-outer" . }}\\n{{tpl .Values.innerText .}}\\nafter-inner-tpl: {{include "nested" .}} {{include "nested-outer" . }}',
      innerText: '{{define "nested"}}redefined-in-inner-tpl{{end}}inner-tpl: {{include "nested" .}} {{include "nested-outer" . }}',
    });
    expect(r.ok && Object.fromEntries(r.files)).toEqual({
      'TplRedefines/templates/partial': 'before: original-in-partial\\ntpl: redefined-in-tpl\\nafter: original-in-partial',
      'TplRedefines/templates/manifest': 'before: original-in-manifest\\ntpl: redefined-in-tpl\\nafter: original-in-manifest',
      'TplRedefines/templates/manifest-only': 'before: only-in-manifest\\ntpl: only-in-manifest\\nafter: only-in-manifest',
      'TplRedefines/templates/nested': 'before: original-in-manifest original-outer-in-manifest\\nbefore-inner-tpl: redefined-in-tpl redefined-outer-in-tpl\\ninner-tpl: redefined-in-inner-tpl redefined-outer-in-tpl\\nafter-inner-tpl: redefined-in-tpl redefined-outer-in-tpl\\nafter: original-in-manifest original-outer-in-manifest',
    });
  });

  it('TestRenderTplMissingKey', () => {
    const r = chart('TplMissingKey', { 'templates/manifest': 'missingValue: {{tpl "{{.Values.noSuchKey}}" .}}' });
    expect(r.ok && r.files.get('TplMissingKey/templates/manifest')).toBe('missingValue: ');
  });
});
