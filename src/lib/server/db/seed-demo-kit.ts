// The Scholennetwerk's communication kit for 2022-2023 (ADR 059, seed 000: "Samana voorziet de leden
// ook van het nodige communicatiemateriaal … het digitale logo van het Scholennetwerk"): the logo as
// SVG and as PNG (rendered from that SVG), a one-page flyer as PDF, and two text blocks in Dutch.
// Every file goes through the kit's own check, as an upload would.
import { createHash } from 'node:crypto';
import { checkKitFile, kitFileName } from '$lib/features/communication-kit/rules';
import { renderPng } from '../png';
import type { Tx } from './client';
import { communicationKitFiles, communicationKits, communicationKitTexts } from './schema';
import { demoPdf } from './seed-demo-library';

export const demoKit = { organisationSlug: 'samana', networkSlug: 'scholennetwerk-jonge-mantelzorgers', schoolYear: 2022 };

/** The network's digital logo: three linked circles (the network) over the name, in plain SVG. */
export const demoKitLogoSvg = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="240" viewBox="0 0 480 240" role="img" aria-labelledby="logo-title">',
  '<title id="logo-title">Scholennetwerk voor jonge mantelzorgers</title>',
  '<rect width="480" height="240" rx="28" fill="#0f4c81"/>',
  '<g stroke="#ffffff" stroke-width="6" stroke-linecap="round" fill="none"><path d="M96 62L62 124L130 124Z"/></g>',
  '<circle cx="96" cy="62" r="22" fill="#ffffff"/><circle cx="62" cy="124" r="19" fill="#f6b73c"/><circle cx="130" cy="124" r="19" fill="#7fd1ae"/>',
  '<g font-family="DejaVu Sans, Arial, sans-serif" fill="#ffffff">',
  '<text x="168" y="92" font-size="34" font-weight="bold">Scholennetwerk</text>',
  '<text x="168" y="132" font-size="24">voor jonge mantelzorgers</text>',
  '<text x="40" y="196" font-size="18" fill="#dbe8f5">Lid van het netwerk · Samana</text>',
  '</g></svg>'
].join('\n');

const flyerLines = [
  'Onze school is lid van het Scholennetwerk voor jonge mantelzorgers van Samana.',
  '',
  'Jonge mantelzorgers zijn kinderen en jongeren die thuis zorgen voor een ouder,',
  'broer, zus of grootouder met een ziekte, een beperking of een verslaving.',
  'Ongeveer een op de acht leerlingen groeit zo op. Vaak weet de school het niet.',
  '',
  'Wat doen wij?',
  '- Een vast aanspreekpunt bij wie je terecht kan, zonder dat je het moet uitleggen.',
  '- Begrip en afspraken bij toetsen, taken en afwezigheden als het thuis zwaar is.',
  '- Samen met andere scholen leren we elk jaar bij in een lerend netwerk.',
  '',
  'Zorg jij thuis voor iemand? Spreek ons gerust aan. Meer info: www.samana.be'
];

export const demoKitTexts = [
  {
    title: 'Voor de schoolwebsite',
    body: 'Onze school is lid van het Scholennetwerk voor jonge mantelzorgers van Samana.\n\nJonge mantelzorgers zijn kinderen en jongeren die thuis zorgen voor een ouder, broer, zus of grootouder met een ziekte, een beperking of een verslaving. Samen met andere scholen in heel Vlaanderen leren we hoe we hen herkennen en steunen, zodat school voor hen een plek blijft waar ze gewoon leerling kunnen zijn.\n\nZorg jij thuis voor iemand? Bij [naam aanspreekpunt] kan je altijd terecht, in vertrouwen.'
  },
  {
    title: 'Voor de nieuwsbrief aan ouders',
    body: 'Beste ouders\n\nDit schooljaar doet onze school mee aan het Scholennetwerk voor jonge mantelzorgers van Samana. Sommige kinderen en jongeren helpen thuis veel mee in de zorg voor een gezinslid dat ziek is of een beperking heeft. Dat is waardevol, maar soms ook zwaar, en het kan wegen op hun schoolwerk.\n\nWe willen die leerlingen beter herkennen en steunen. Herkent u dit in uw gezin, of wil u er meer over weten? Neem gerust contact op met [naam aanspreekpunt] via [e-mailadres]. Alles wat u ons vertelt, behandelen we met zorg.\n\nMet vriendelijke groeten\nHet schoolteam'
  }
];

function checked(bytes: Uint8Array, name: string) {
  const check = checkKitFile(bytes);
  if (!check.ok) throw new Error(`demo kit file ${name}: ${check.reason}`);
  return { fileName: kitFileName(name, check.kind), kind: check.kind, size: check.bytes.length, hash: createHash('sha256').update(check.bytes).digest('hex'), bytes: check.bytes };
}

export async function seedCommunicationKit(tx: Tx, orgId: Map<string, string>, networkId: Map<string, string>, uploadedBy: string | undefined): Promise<void> {
  const [kit] = await tx.insert(communicationKits).values({
    organisationId: orgId.get(demoKit.organisationSlug)!, networkId: networkId.get(demoKit.networkSlug)!, schoolYear: demoKit.schoolYear
  }).returning({ id: communicationKits.id });
  const kitId = kit!.id;
  const svg = new TextEncoder().encode(demoKitLogoSvg);
  await tx.insert(communicationKitFiles).values([
    { title: 'Logo Scholennetwerk (SVG)', category: 'logo' as const, description: 'Voor drukwerk en de website: blijft scherp op elke grootte.', ...checked(svg, 'logo-scholennetwerk.svg') },
    { title: 'Logo Scholennetwerk (PNG)', category: 'logo' as const, description: 'Voor de nieuwsbrief, Smartschool of sociale media: 960 px breed.', ...checked(renderPng(demoKitLogoSvg, 960), 'logo-scholennetwerk.png') },
    { title: 'Flyer voor ouders en leerlingen', category: 'flyer' as const, description: 'Eén A4 om uit te delen op het oudercontact of op te hangen in de school.',
      ...checked(demoPdf('Jonge mantelzorgers: wij zijn er voor jou', flyerLines), 'flyer-jonge-mantelzorgers.pdf') }
  ].map((file) => ({ ...file, kitId, uploadedBy: uploadedBy ?? null })));
  await tx.insert(communicationKitTexts).values(demoKitTexts.map((text, i) => ({ kitId, position: i + 1, ...text })));
}
