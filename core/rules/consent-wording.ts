import type { AdChannel, WordingFinding } from '../api';

// The wording check of a consent text: what courts and authorities have thrown out, found in
// the words and in what the user recorded about how the text is shown. Each finding has a
// plain explanation on screen (renderer/i18n/<lang>/consent.json, `wording.<finding>`).
// - no named advertiser: consent must be specific as to who advertises (Art. 4(11) GDPR);
// - an open partner list ("unsere Partner", "Dritte") without the partners named
//   (BGH I ZR 7/16: opting out of a long partner list is not specific consent);
// - an unbounded product scope ("etwa", "und weitere", "interessante Angebote");
// - consent coupled to the terms of business (Art. 7(2) and (4) GDPR);
// - a pre-ticked box (BGH I ZR 7/16, CJEU C-673/17 Planet49);
// - no notice that consent can be withdrawn at any time (Art. 7(3) sentence 3 GDPR);
// - phone consent within a prize draw (a risk flag: the coupling ban of Art. 7(4)).

export interface WordingInput {
  text: string;
  advertiser: string;
  partners: string;
  productScope: string;
  channels: readonly AdChannel[];
  preTicked: boolean;
  coupledToTerms: boolean;
  prizeDraw: boolean;
}

const norm = (s: string) => s.toLocaleLowerCase('de').replace(/\s+/g, ' ');

/** Partners or third parties mentioned without naming them. */
const openPartnerWords =
  /(\p{L}*partner(?:n|s|unternehmen|firmen)?\b|\bdritte[nr]?\b|\bdritt(?:anbieter|unternehmen)|kooperationspartner[n]?|third[- ]part(?:y|ies)|affiliates?|sponsoren|sponsors?|unternehmen der [\p{L}-]+[- ]gruppe|group companies)\b/u;

/** Words that leave the product scope open, wherever they stand. */
const openScopeWords = [
  /\betwa\b/u,
  /\bund weitere[nrs]?\b/u,
  /\bu\. ?a\./u,
  /\bunter anderem\b/u,
  /\binteressante[nr]? (?:\p{L}+ )?angebote\b/u,
  /\baller art\b/u,
  /\bsonstige[nr]?\b/u,
  /\bund ähnliche[ns]?\b/u,
  /\band (?:more|others|other products)\b/u,
  /\bamong others\b/u,
  /\bincluding but not limited\b/u,
  /\binteresting offers\b/u,
  /\betc\.?/u,
];

/** In the product scope, an example is no bound either ("z. B. Versicherungen"). */
const exampleWords = [
  /\bz\. ?b\./u,
  /\bzum beispiel\b/u,
  /\bbeispielsweise\b/u,
  /\binsbesondere\b/u,
  /\bsuch as\b/u,
  /\bfor example\b/u,
  /\be\. ?g\./u,
];

const termsWords =
  /\b(agb|allgemeinen geschäftsbedingungen|geschäftsbedingungen|nutzungsbedingungen|terms (?:and|&) conditions|terms of (?:business|use|service))\b/u;
const consentWords =
  /\b(einwillig\p{L}*|werbung|newsletter|consent\p{L}*|marketing|advertis\p{L}*)\b/u;
const withdrawalWords =
  /\b(widerruf\p{L}*|widerrufen|abbestell\p{L}*|abmeld\p{L}*|austragen|withdraw\p{L}*|revoke\p{L}*|revocable|unsubscrib\p{L}*|opt[- ]out)\b/u;
const prizeWords =
  /\b(gewinnspiel\p{L}*|verlosung\p{L}*|preisausschreiben|prize draw\p{L}*|sweepstake\p{L}*|raffle\p{L}*|competition)\b/u;
const phoneWords = /\b(telefon\p{L}*|anruf\p{L}*|telefonisch\p{L}*|phone|call\p{L}*|telephone)\b/u;

/** A sentence that speaks of the terms and of consent or advertising at once. */
const couplesTerms = (text: string) =>
  text
    .split(/(?<=[.!?;])\s+/u)
    .some((sentence) => termsWords.test(sentence) && consentWords.test(sentence));

export function checkWording(input: WordingInput): WordingFinding[] {
  const text = norm(input.text);
  const findings: WordingFinding[] = [];
  if (input.advertiser.trim() === '') findings.push('noAdvertiser');
  if (openPartnerWords.test(text) && input.partners.trim() === '') findings.push('openPartners');
  const scope = norm(input.productScope);
  const open = (words: RegExp[], in_: string) => words.some((w) => w.test(in_));
  if (
    open(openScopeWords, text) ||
    open([...openScopeWords, ...exampleWords], scope) ||
    scope === ''
  ) {
    findings.push('unboundedScope');
  }
  if (input.coupledToTerms || couplesTerms(text)) findings.push('coupledToTerms');
  if (input.preTicked) findings.push('preTicked');
  if (!withdrawalWords.test(text)) findings.push('noWithdrawalNotice');
  const phone = input.channels.includes('phone') || phoneWords.test(text);
  if (phone && (input.prizeDraw || prizeWords.test(text))) findings.push('phoneInPrizeDraw');
  return findings;
}
