// The practice examples of seed 002: each provincial network of Samen tegen Schooluitval presents
// one at the study day. As form fields, so the seed goes through the editor's own schema.
// Limburg's waits for approval: the facilitator adds the Samen1Plan tool and publishes it (the e2e journey).
const network = (province: string) => `samen-tegen-schooluitval-${province}`;

export interface DemoExample {
  organisationSlug?: string;
  networkSlug: string;
  status: 'draft' | 'review' | 'published';
  fields: Record<string, string>;
  /** A one-page PDF the seed generates and attaches (ADR 051): a visitor downloads it, the workspace a draft's. */
  attachment?: { fileName: string; title: string; lines: string[] };
}

export const demoExamples: DemoExample[] = [
  {
    networkSlug: network('antwerpen'),
    status: 'published',
    fields: {
      title: 'Provinciaal Spijbelactieplan',
      summary: 'Integrale aanpak van spijbelaars vanuit gedeelde verantwoordelijkheid tussen school, CLB, politie en parket, OCJ en SDJ.',
      body: 'Spijbelen is zelden een probleem van de school alleen. Het **Provinciaal Spijbelactieplan** legt vast wie wat doet wanneer een leerling spijbelt:\n\n1. de school spreekt de leerling en de ouders snel aan;\n2. het CLB zoekt mee naar de oorzaak;\n3. bij problematisch spijbelen schakelen politie en parket, OCJ en SDJ in volgens afgesproken stappen.\n\n## Wat het oplevert\n\nEen gedeelde taal en een gedeelde verantwoordelijkheid: geen leerling valt tussen twee stoelen.',
      province: 'antwerpen', 'theme-spijbelen': 'on', 'theme-ketensamenwerking': 'on', 'domain-onderwijs': 'on', 'domain-welzijn': 'on',
      'targetGroup-spijbelaars': 'on', 'targetGroup-ouders': 'on', 'partnerType-school': 'on', 'partnerType-clb': 'on',
      'partnerType-politie-parket': 'on', 'partnerType-ocj-sdj': 'on', tools: 'Spijbelactieplan',
      contact1Name: 'Els Dupon', contact1Email: 'antwerpen@samentegenschooluitval.example', contact1Role: 'Netwerk Samen tegen Schooluitval Antwerpen'
    }
  },
  {
    networkSlug: network('brussel'),
    status: 'published',
    fields: {
      title: 'KANS – Centraal Meldpunt Brussel',
      summary: 'KANS leidt leerlingen toe naar een netwerk van partners die schooluitval trachten te voorkomen, via vier bruggen.',
      body: 'KANS faciliteert de toeleiding van leerlingen naar een netwerk van partners die schooluitval trachten te voorkomen. We installeerden daarbij vier belangrijke bruggen:\n\n- een eerste tussen de leerling en het meest passende aanbod;\n- een tweede tussen de leerling, de ouders, de school en het CLB door middel van de **rondetafel**;\n- een derde tussen de verschillende trajectaanbieders die samenkomen in het KANS-netwerk;\n- een vierde tussen het werkveld en het Brusselse beleid, wat leidt tot een optimalisering en uitbreiding van het bestaande aanbod.',
      province: 'brussel', municipality: 'Brussel', 'theme-toeleiding': 'on', 'theme-vroegtijdig-schoolverlaten': 'on', 'theme-ketensamenwerking': 'on',
      'domain-onderwijs': 'on', 'domain-welzijn': 'on', 'targetGroup-dreigend-ongekwalificeerd': 'on', 'targetGroup-ouders': 'on',
      'partnerType-school': 'on', 'partnerType-clb': 'on', 'partnerType-lokaal-bestuur': 'on', 'partnerType-welzijnswerk': 'on', tools: 'Rondetafel',
      contact1Name: 'Eva Trogh', contact1Email: 'brussel@samentegenschooluitval.example', contact1Role: 'KANS – Centraal Meldpunt Brussel'
    }
  },
  {
    networkSlug: network('limburg'),
    status: 'review',
    fields: {
      title: '‘Minder mazen, meer net’',
      summary: 'Leer-recht Limburg wil naar een meer gecoördineerde en geïntegreerde aanpak van vroegtijdig schoolverlaten, met de leerling in de regie.',
      body: 'Leer-recht Limburg wil naar een meer gecoördineerde en geïntegreerde aanpak van vroegtijdig schoolverlaten. Met het raamwerk en de online tool van Samen1Plan zetten we de leerling in de regie van zijn of haar ontwikkelingsloopbaan.\n\nDoor *netwerk-, perspectief- en doelgericht* samen te werken, geloven we in een warm verhaal met een succesvolle outcome voor de leerling.',
      province: 'limburg', 'theme-vroegtijdig-schoolverlaten': 'on', 'theme-spijbelen': 'on', 'theme-ketensamenwerking': 'on',
      'domain-onderwijs': 'on', 'domain-werk': 'on', 'domain-welzijn': 'on', 'targetGroup-spijbelaars': 'on', 'targetGroup-dreigend-ongekwalificeerd': 'on',
      'partnerType-school': 'on', 'partnerType-clb': 'on', 'partnerType-werk-en-opleiding': 'on', 'partnerType-lokaal-bestuur': 'on',
      contact1Name: 'Nathalie Vanbergen', contact1Email: 'limburg@samentegenschooluitval.example', contact1Role: 'Leer-recht Limburg'
    },
    attachment: {
      fileName: 'Samen1Plan kader.pdf',
      title: 'Samen1Plan: het kader',
      lines: ['Een gedeeld plan van school, CLB en partners voor elke spijbelende leerling.', 'Ontwerp: nog niet gepubliceerd.']
    }
  },
  {
    networkSlug: network('oost-vlaanderen'),
    status: 'published',
    fields: {
      title: 'Trajectbegeleiding',
      summary: 'Een netoverstijgende CLB-trajectbegeleider geeft leerlingen met veelvuldige schoolwissels en hun ouders continuïteit in de begeleiding.',
      body: 'Een specifieke doelgroep van kwetsbare leerlingen en ouders heeft, omwille van veelvuldige schoolwissels tijdens het schooljaar en doorheen de schoolloopbaan, nood aan continuïteit van de hulpverlening. Deze leerlingen missen een constante in de begeleiding.\n\nDoor middel van een **netoverstijgende CLB-trajectbegeleider** kan een netwerk opgebouwd worden tussen scholen, ouders, leerlingen en andere betrokkenen, zodat de continuïteit in de begeleiding behouden blijft.\n\nGeïnspireerd op het project ‘Routeplanner’ van vzw Topunt Gent worden andere lokale besturen geïnspireerd om een gelijkaardig project uit te werken.',
      province: 'oost-vlaanderen', 'theme-trajectbegeleiding': 'on', 'theme-ketensamenwerking': 'on', 'domain-onderwijs': 'on', 'domain-welzijn': 'on',
      'targetGroup-veel-schoolwissels': 'on', 'targetGroup-ouders': 'on', 'partnerType-school': 'on', 'partnerType-clb': 'on', 'partnerType-lokaal-bestuur': 'on',
      contact1Name: 'Oona Somers', contact1Email: 'oost-vlaanderen@samentegenschooluitval.example', contact1Role: 'CLB-trajectbegeleider',
      contact2Name: 'Sofie Baert', contact2Email: 'oost-vlaanderen@samentegenschooluitval.example', contact2Role: 'Netwerk Samen tegen Schooluitval Oost-Vlaanderen',
      outside1Title: 'Routeplanner (vzw Topunt Gent)'
    },
    attachment: {
      fileName: 'Stappenplan trajectbegeleiding.pdf',
      title: 'Stappenplan trajectbegeleiding',
      lines: [
        '1. De school of het CLB meldt een leerling met veelvuldige schoolwissels aan.',
        '2. De CLB-trajectbegeleider maakt kennis met de leerling en de ouders.',
        '3. Samen leggen ze de doelen vast; de trajectbegeleider blijft aanspreekpunt.',
        '4. Bij een schoolwissel draagt de trajectbegeleider het traject warm over.',
        'Geïnspireerd op Routeplanner (vzw Topunt Gent).'
      ]
    }
  },
  {
    networkSlug: network('vlaams-brabant'),
    status: 'published',
    fields: {
      title: 'Psychische kwetsbaarheid en schooluitval',
      summary: 'Samen met onder meer de geestelijke gezondheidszorg brengt Vlaams-Brabant psychische kwetsbaarheid en schooluitval onder de aandacht.',
      body: 'In Vlaams-Brabant werken we samen met onder andere de **geestelijke gezondheidszorg** om het thema psychische kwetsbaarheid en schooluitval meer onder de aandacht te brengen.\n\nScholen en partners krijgen handvatten om met deze doelgroep aan de slag te gaan.',
      province: 'vlaams-brabant', 'theme-psychisch-welzijn': 'on', 'theme-vroegtijdig-schoolverlaten': 'on', 'domain-onderwijs': 'on', 'domain-welzijn': 'on',
      'targetGroup-psychisch-kwetsbare-jongeren': 'on', 'partnerType-school': 'on', 'partnerType-clb': 'on', 'partnerType-geestelijke-gezondheid': 'on',
      contact1Name: 'An Hessels', contact1Email: 'vlaams-brabant@samentegenschooluitval.example', contact1Role: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant'
    }
  },
  {
    networkSlug: network('west-vlaanderen'),
    status: 'published',
    fields: {
      title: '‘De school verlaten zonder kwalificatie? Laat je niet vangen!’',
      summary: 'Uitstroombegeleiding voor jongeren die dreigen ongekwalificeerd uit te stromen: informatie, keuzecompetenties en een afrondend gesprek.',
      body: 'Deze uitstroombegeleiding legt de focus op de informatieverstrekking, het versterken van keuzecompetenties en de begeleiding naar levensloopbaanactiviteiten van jongeren die dreigen ongekwalificeerd uit te stromen.\n\nWe ondersteunen de jongere met een **afrondend gesprek**, gericht op de toekomst en op mogelijke hulpbronnen, en motiveren hem of haar om de studies af te werken. Is de jongere niet meer gemotiveerd om het traject in de huidige leerweg of onderwijsvorm af te werken, dan bespreken we andere leerwegen naar een kwalificatie.',
      province: 'west-vlaanderen', 'theme-uitstroombegeleiding': 'on', 'theme-vroegtijdig-schoolverlaten': 'on', 'domain-onderwijs': 'on', 'domain-werk': 'on',
      'targetGroup-dreigend-ongekwalificeerd': 'on', 'partnerType-school': 'on', 'partnerType-clb': 'on', 'partnerType-werk-en-opleiding': 'on',
      tools: 'Afrondend gesprek',
      contact1Name: 'Annick Steyt', contact1Email: 'west-vlaanderen@samentegenschooluitval.example', contact1Role: 'Netwerk Samen tegen Schooluitval West-Vlaanderen'
    }
  },
  // Samana's learning network harvest of 2022-2023, written up as an example of its own.
  {
    organisationSlug: 'samana',
    networkSlug: 'scholennetwerk-jonge-mantelzorgers',
    status: 'published',
    fields: {
      title: 'Jonge mantelzorgers herkennen op school',
      summary: 'Wat de scholen van het Scholennetwerk voor jonge mantelzorgers leerden over herkennen, bespreekbaar maken en flexibiliteit bij toetsen en afwezigheden.',
      body: 'Uit de oogst van het lerend netwerk 2022-2023:\n\n- **Herkennen** begint bij een vertrouwenspersoon die leerlingen kennen;\n- zorg thuis maak je bespreekbaar zonder te stigmatiseren, bijvoorbeeld in een les over gezinnen;\n- flexibiliteit bij toetsen, taken en afwezigheden spreek je af met de leerling, de ouders en het CLB.',
      'theme-jonge-mantelzorgers': 'on', 'theme-psychisch-welzijn': 'on', 'domain-onderwijs': 'on', 'domain-welzijn': 'on',
      'targetGroup-jonge-mantelzorgers': 'on', 'targetGroup-ouders': 'on', 'partnerType-school': 'on', 'partnerType-clb': 'on', 'partnerType-welzijnswerk': 'on',
      contact1Name: 'Lotte Verstraeten', contact1Email: 'scholennetwerk@samana.example', contact1Role: 'Samana'
    }
  }
];
