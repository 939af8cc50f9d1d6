import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new numbered file instead.
//
// Four eyes that hold: who prepared the reply (its last save), who reviewed it and who sent
// it, each by the user name in Settings and the operating-system account the app ran under
// (a rename in Settings does not make another person). Older requests keep '' there.
//
// The retention of closed requests is a deletion rule of its own per client
// (retention_rules.applies_to = 'closed_requests', at most one per client). Every existing
// client gets it with the default: 3 years from the end of the year of closing (§§ 195, 199
// Abs. 1 BGB). The texts are copied here, not read from assets/, so this file stays as it was.
const rule = {
  name: 'Abgeschlossene Betroffenenanfragen',
  description:
    'Anfragen betroffener Personen (Art. 15–22 DSGVO) mit Schriftwechsel, Dateien, Identitätsprüfung, Prüfung und versendeter Antwort, nach ihrem Abschluss; dazu ihre Einträge im Änderungsverlauf.',
  startDescription: 'Abschluss der Anfrage',
  norm: 'Art. 5 Abs. 2, Art. 17 Abs. 3 lit. e DSGVO; §§ 195, 199 Abs. 1 BGB',
  reason:
    'Die Unterlagen belegen, dass die Anfrage fristgerecht und vollständig beantwortet wurde (Rechenschaftspflicht, Art. 5 Abs. 2 DSGVO), und dienen der Abwehr von Ansprüchen aus ihrer Bearbeitung, etwa auf Schadensersatz nach Art. 82 DSGVO (Art. 17 Abs. 3 lit. e DSGVO). Solche Ansprüche verjähren in der regelmäßigen Frist von drei Jahren (§ 195 BGB). Sie beginnt mit dem Schluss des Jahres, in dem der Anspruch entstanden ist und die Person von ihm Kenntnis erlangt hat (§ 199 Abs. 1 BGB). Ein Anspruch aus der Bearbeitung entsteht spätestens mit ihrem Abschluss; gezählt wird deshalb vorsichtig ab dem Schluss des Jahres, in dem die Anfrage abgeschlossen wurde, nicht ab dem Tag des Abschlusses.',
};

/** Where the requests are kept: the app itself (the rule's one system). */
const APP_SYSTEM = JSON.stringify(['Privacy Desk']);

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE requests ADD COLUMN prepared_by TEXT NOT NULL DEFAULT ''`,
    sql`ALTER TABLE requests ADD COLUMN prepared_account TEXT NOT NULL DEFAULT ''`,
    sql`ALTER TABLE requests ADD COLUMN prepared_at TEXT`,
    sql`ALTER TABLE requests ADD COLUMN review_account TEXT NOT NULL DEFAULT ''`,
    sql`ALTER TABLE requests ADD COLUMN sent_by TEXT NOT NULL DEFAULT ''`,
    sql`ALTER TABLE requests ADD COLUMN sent_account TEXT NOT NULL DEFAULT ''`,
    sql`ALTER TABLE retention_rules ADD COLUMN applies_to TEXT
      CHECK (applies_to IS NULL OR applies_to IN ('closed_requests'))`,
    sql`CREATE UNIQUE INDEX retention_rules_applies_to ON retention_rules (org_id, applies_to)
      WHERE applies_to IS NOT NULL`,
    // The plan looks up a client's closed requests.
    sql`CREATE INDEX requests_org_closed ON requests (org_id, closed_at) WHERE state = 'closed'`,
    // A client that already has a rule of this name gets the rule under a marked name.
    sql`INSERT INTO retention_rules (org_id, name, description, catalogue_key, start_event,
        start_description, period_amount, period_unit, year_end, run_interval, method, norm,
        reason, systems, responsible, legal_hold, hold_reason, created_at, updated_at,
        applies_to)
      SELECT o.id,
        CASE WHEN EXISTS (SELECT 1 FROM retention_rules r WHERE r.org_id = o.id
            AND lower(r.name) = lower(${rule.name}))
          THEN ${`${rule.name} (Privacy Desk)`} ELSE ${rule.name} END,
        ${rule.description}, 'closed_requests', 'transaction_end', ${rule.startDescription},
        3, 'years', 1, 'monthly', 'delete', ${rule.norm}, ${rule.reason}, ${APP_SYSTEM}, '', 0, '',
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        'closed_requests'
      FROM organisations o`,
  ];
  for (const statement of statements) await statement.execute(db);
}
