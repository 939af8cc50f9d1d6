import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../core/api';
import { placeIssues } from '../../renderer/components/server-issues';

// Where an API error's field issues are shown: next to the form's field, or in the banner
// (named by the field's label there) when the form has no such field.

const apiError = (code: string, issues: FieldIssue[], message = 'Es wurde nichts gespeichert.') =>
  Object.assign(new Error(message), { name: 'ApiError', code, issues });

describe('placing the API’s field issues on a form', () => {
  it('strips the input’s wrapper so "request.receivedOn" lands on the receivedOn field', () => {
    const error = apiError('VALIDATION_FAILED', [
      { path: 'request.receivedOn', key: 'inFuture', message: 'Das Datum liegt in der Zukunft.' },
    ]);
    expect(placeIssues(error, { fields: ['receivedOn', 'kind'], prefix: 'request.' })).toEqual({
      atFields: [{ path: 'receivedOn', field: 'receivedOn', message: 'inFuture' }],
      elsewhere: [],
    });
  });

  it('keeps nested paths for list fields and puts unknown fields in the banner', () => {
    const error = apiError('VALIDATION_FAILED', [
      { path: 'processor.subProcessors.0.name', key: 'required', message: 'Pflichtfeld.' },
      { path: 'processor.activityIds', key: 'invalid', message: '' },
      { path: '', key: 'requestClosed', message: 'Die Anfrage ist abgeschlossen.' },
    ]);
    const placed = placeIssues(error, {
      fields: ['name', 'subProcessors'],
      prefix: 'processor.',
    });
    expect(placed.atFields).toEqual([
      { path: 'subProcessors.0.name', field: 'subProcessors', message: 'required' },
    ]);
    expect(placed.elsewhere).toEqual([
      { path: 'activityIds', field: 'activityIds', message: 'invalid' },
      { path: '', field: '', message: 'requestClosed' },
    ]);
  });

  it('uses the server’s own text for a key the validation texts do not know', () => {
    const error = apiError('NOT_ALLOWED', [
      { path: 'reviewer', key: 'someNewRule', message: 'Bitte eine andere Person.' },
    ]);
    expect(placeIssues(error, { fields: ['reviewer'] }).atFields[0]?.message).toBe(
      'Bitte eine andere Person.',
    );
  });

  it('puts a CONFLICT without issues on the field it is about (a duplicate name)', () => {
    const error = apiError('CONFLICT', [], 'Diesen Namen gibt es schon.');
    expect(placeIssues(error, { fields: ['name'], conflictField: 'name' }).atFields).toEqual([
      { path: 'name', field: 'name', message: 'Diesen Namen gibt es schon.' },
    ]);
    expect(placeIssues(error, { fields: ['name'] })).toEqual({ atFields: [], elsewhere: [] });
  });

  it('places nothing for an error that is not from the API', () => {
    expect(placeIssues(new Error('network'), { fields: ['name'] })).toEqual({
      atFields: [],
      elsewhere: [],
    });
    expect(placeIssues(null, { fields: ['name'] })).toEqual({ atFields: [], elsewhere: [] });
  });
});
