// The text rule every request obeys (text-rule.ts): the pure rule, then through HTTP on a real database — a write
// whose required text is blank, control characters in a body and in the public searches' query strings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import { buildUser } from '../../../test/support/factories.ts';
import { call, login, type Session } from '../../../test/support/http.ts';
import { TEXT_KEYWORD, textIssue, withTextRule } from './text-rule.ts';

const body = { required: false, singleLine: false };
const requiredText = { required: true, singleLine: false };
const line = { required: false, singleLine: true };

test('the rule refuses C0 controls (but TAB, LF, CR), DEL, C1 controls and lone surrogates; keeps letters, emoji and line breaks', () => {
  for (const bad of [
    'a\u0000b',
    '\u0007',
    'a\u001Fb',
    '\u007F',
    '\u0080',
    'a\u0085b',
    '\u009F',
    'a\uD800b',
    '\uD800',
    'x\uDC00',
    '\uDFFF\uD800',
  ]) {
    assert.equal(textIssue(bad, body), 'text_control_character', JSON.stringify(bad));
  }
  for (const good of ['Pakalpojums', 'Rīga, Brīvības iela 1\nLV-1050', 'a\tb\r\nc', '😀 ok', 'ķēķis € «»', '\u00A0x']) {
    assert.equal(textIssue(good, body), undefined, JSON.stringify(good));
  }
});

test('required text must be more than whitespace (field_required); single-line text (query, path, header) has no line breaks', () => {
  for (const blank of ['   ', '\t', '\n \r\n', '\u00A0', '\u2003\uFEFF'])
    assert.equal(textIssue(blank, requiredText), 'field_required', JSON.stringify(blank));
  assert.equal(textIssue('   ', body), undefined, 'optional text may be spaces (the service trims it)');
  assert.equal(textIssue('', requiredText), undefined, 'empty is minLength\'s "required"');
  assert.equal(textIssue('a\nb', line), 'text_line_break');
  assert.equal(textIssue('a\rb', line), 'text_line_break');
  assert.equal(textIssue('a b', line), undefined);
});

test("the keyword goes on every string of a copy of the schema, nested and in unions; the route's own schema is untouched", () => {
  const schema = {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1 },
      kind: { type: 'string', enum: ['a', 'b'] },
      notes: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
      nested: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } },
    },
  };
  const before = JSON.stringify(schema);
  const copy = withTextRule(schema, true) as any;
  assert.equal(JSON.stringify(schema), before, 'the OpenAPI document is made from the original');
  assert.deepEqual(copy.properties.name[TEXT_KEYWORD], { required: true, singleLine: true });
  assert.equal(copy.properties.kind[TEXT_KEYWORD], undefined, 'an enum is its own rule');
  assert.deepEqual(copy.properties.notes.items.anyOf[0][TEXT_KEYWORD], { required: false, singleLine: true });
  assert.deepEqual(copy.properties.nested.properties.id[TEXT_KEYWORD], { required: false, singleLine: true });
});

let ctx: TestContext;
let ministry: Session;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  ministry = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
});
after(() => ctx.close());

const transfers = () => ctx.db.selectFrom('calendar_transfers').select('id').execute();
const audit = async () => (await ctx.db.selectFrom('audit_events').select('id').execute()).length;
const errorsOf = (res: { json: { errors?: { field: string; in: string; code: string; message: string }[] } }) =>
  res.json.errors ?? [];

test('a whitespace-only basis of a calendar transfer is 400 naming /basis (it was a 500), nothing written', async () => {
  const [rows, events] = [await transfers(), await audit()];
  const res = await ministry.request(
    'POST',
    '/api/v1/calendar/transfers',
    { dayOff: '2027-05-03', workingSaturday: '2027-05-08', basis: '   ' },
    { 'accept-language': 'en' },
  );
  assert.equal(res.status, 400, res.body);
  assert.deepEqual(
    errorsOf(res).map((e) => [e.field, e.in, e.code]),
    [['/basis', 'body', 'field_required']],
  );
  assert.equal(errorsOf(res)[0]!.message, 'Required field.', 'the code the services gave it after trimming');
  assert.deepEqual([await transfers(), await audit()], [rows, events]);
});

test('a NUL, a bell, DEL, a C1 control or a lone surrogate in body text is 400 naming the field in Latvian and English, nothing written', async () => {
  const [rows, events] = [await transfers(), await audit()];
  // As JSON text: the escapes a client sends (JSON.stringify writes a lone surrogate as \ud800 too).
  for (const value of ['"MK\\u0000"', '"MK\\u0007"', '"MK\u007F"', '"MK\\u0085"', '"MK\\ud800"']) {
    const payload = `{"dayOff":"2027-05-03","workingSaturday":"2027-05-08","basis":${value}}`;
    const lv = await ministry.request('POST', '/api/v1/calendar/transfers', payload);
    assert.equal(lv.status, 400, `${value}: ${lv.body}`);
    assert.deepEqual(
      errorsOf(lv).map((e) => [e.field, e.code]),
      [['/basis', 'text_control_character']],
      value,
    );
    assert.match(errorsOf(lv)[0]!.message, /vadības rakstzīmi/);
    const en = await ministry.request('POST', '/api/v1/calendar/transfers', payload, { 'accept-language': 'en' });
    assert.match(errorsOf(en)[0]!.message, /control character/);
  }
  assert.deepEqual([await transfers(), await audit()], [rows, events]);
});

test('multi-line text keeps its line breaks and tabs, and letters outside the BMP pass', async () => {
  const basis = 'MK rīkojums Nr. 999\n(01.12.2026.)\tpielikums 😀';
  const res = await ministry.request('POST', '/api/v1/calendar/transfers', {
    dayOff: '2027-05-03',
    workingSaturday: '2027-05-08',
    basis,
  });
  assert.equal(res.status, 201, res.body);
  assert.equal(res.json.basis, basis);
  assert.equal((await ministry.request('DELETE', `/api/v1/calendar/transfers/${res.json.id}`)).status, 200);
});

test('the public searches refuse a NUL or a line break in q with 400 naming /q in the query (they were 500s)', async () => {
  for (const path of ['/api/v1/public/services', '/api/v1/public/centres']) {
    for (const [q, code] of [
      ['%00', 'text_control_character'],
      ['a%00b', 'text_control_character'],
      ['a%C2%85', 'text_control_character'],
      ['a%0Ab', 'text_line_break'],
    ] as const) {
      const res = await call(ctx.app, 'GET', `${path}?q=${q}`);
      assert.equal(res.status, 400, `${path}?q=${q}: ${res.body}`);
      assert.deepEqual(
        errorsOf(res).map((e) => [e.field, e.in, e.code]),
        [['/q', 'query', code]],
      );
    }
    assert.equal((await call(ctx.app, 'GET', `${path}?q=R%C4%ABga`)).status, 200, 'ordinary text is searched');
  }
});
