/** Word lists for the demo catalogue, shaped after OroCommerce's own demo data (medical apparel, lighting, office furniture, retail supplies). */

export interface CategorySeed {
  key: string;
  title: [string, string, string];
  parent: string | null;
  /** Product nouns for leaf categories: [en, de, fr]. */
  nouns?: Array<[string, string, string]>;
}

/** Localizations: index 0 English (US, default), 1 German, 2 French. Ids are index + 1. */
export const LOCALIZATIONS = [
  { title: 'English (United States)', languageCode: 'en', formattingCode: 'en_US' },
  { title: 'German (Germany)', languageCode: 'de', formattingCode: 'de_DE' },
  { title: 'French (France)', languageCode: 'fr', formattingCode: 'fr_FR' },
] as const;

export const CATEGORIES: CategorySeed[] = [
  { key: 'all', title: ['All Products', 'Alle Produkte', 'Tous les produits'], parent: null },
  { key: 'medical', title: ['Medical Apparel', 'Medizinische Bekleidung', 'Vêtements médicaux'], parent: 'all' },
  { key: 'labcoats', title: ['Lab Coats', 'Laborkittel', 'Blouses de laboratoire'], parent: 'medical', nouns: [['Lab Coat', 'Laborkittel', 'Blouse de laboratoire'], ['Consultation Coat', 'Arztkittel', 'Blouse de consultation']] },
  { key: 'scrubs', title: ['Scrubs', 'Kasacks', 'Tenues de bloc'], parent: 'medical', nouns: [['Scrub Top', 'Kasack', 'Haut de bloc'], ['Scrub Pants', 'Schlupfhose', 'Pantalon de bloc'], ['Scrub Set', 'Kasack-Set', 'Ensemble de bloc']] },
  { key: 'footwear', title: ['Medical Footwear', 'Medizinisches Schuhwerk', 'Chaussures médicales'], parent: 'medical', nouns: [['Clog', 'Clog', 'Sabot'], ['Nursing Shoe', 'Pflegeschuh', 'Chaussure infirmière']] },
  { key: 'supplies', title: ['Medical Supplies', 'Medizinischer Bedarf', 'Fournitures médicales'], parent: 'medical', nouns: [['Nitrile Exam Gloves', 'Nitril-Untersuchungshandschuhe', 'Gants d’examen en nitrile'], ['Stethoscope', 'Stethoskop', 'Stéthoscope'], ['Face Mask', 'Mundschutz', 'Masque facial']] },
  { key: 'lighting', title: ['Lighting Products', 'Beleuchtung', 'Éclairage'], parent: 'all' },
  { key: 'floodlights', title: ['Architectural Floodlighting', 'Architektur-Flutlicht', 'Projecteurs architecturaux'], parent: 'lighting', nouns: [['LED Flood Light', 'LED-Flutlicht', 'Projecteur LED'], ['Wall Washer', 'Wandfluter', 'Lèche-mur']] },
  { key: 'lamps', title: ['Lamps', 'Lampen', 'Lampes'], parent: 'lighting', nouns: [['Desk Lamp', 'Schreibtischlampe', 'Lampe de bureau'], ['Floor Lamp', 'Stehlampe', 'Lampadaire'], ['LED Bulb', 'LED-Lampe', 'Ampoule LED']] },
  { key: 'furniture', title: ['Office Furniture', 'Büromöbel', 'Mobilier de bureau'], parent: 'all' },
  { key: 'chairs', title: ['Office Chairs', 'Bürostühle', 'Chaises de bureau'], parent: 'furniture', nouns: [['Executive Chair', 'Chefsessel', 'Fauteuil de direction'], ['Task Chair', 'Drehstuhl', 'Chaise de travail']] },
  { key: 'desks', title: ['Desks', 'Schreibtische', 'Bureaux'], parent: 'furniture', nouns: [['Standing Desk', 'Stehpult', 'Bureau assis-debout'], ['Writing Desk', 'Schreibtisch', 'Bureau']] },
  { key: 'retail', title: ['Retail Supplies', 'Ladenbedarf', 'Fournitures de magasin'], parent: 'all' },
  { key: 'printers', title: ['Printers', 'Drucker', 'Imprimantes'], parent: 'retail', nouns: [['Receipt Printer', 'Bondrucker', 'Imprimante de tickets'], ['Label Printer', 'Etikettendrucker', 'Imprimante d’étiquettes']] },
  { key: 'scanners', title: ['Barcode Scanners', 'Barcodescanner', 'Lecteurs de codes-barres'], parent: 'retail', nouns: [['Barcode Scanner', 'Barcodescanner', 'Lecteur de codes-barres']] },
];

/** Modifiers: [en, de, fr]. */
export const MODIFIERS: Array<[string, string, string]> = [
  ['Men’s', 'Herren', 'Homme'], ['Women’s', 'Damen', 'Femme'], ['Unisex', 'Unisex', 'Unisexe'], ['Premium', 'Premium', 'Premium'],
  ['Classic', 'Klassik', 'Classique'], ['Compact', 'Kompakt', 'Compact'], ['Heavy-Duty', 'Robust', 'Robuste'], ['Eco', 'Öko', 'Éco'],
  ['Professional', 'Profi', 'Professionnel'], ['Slim Fit', 'Slim Fit', 'Coupe ajustée'],
];

export const COLORS: Array<[string, string, string]> = [
  ['White', 'Weiß', 'Blanc'], ['Navy', 'Marine', 'Marine'], ['Black', 'Schwarz', 'Noir'], ['Ceil Blue', 'Himmelblau', 'Bleu ciel'],
  ['Gray', 'Grau', 'Gris'], ['Wine', 'Weinrot', 'Bordeaux'], ['Green', 'Grün', 'Vert'],
];

export const BRANDS = ['Tirax', 'Lumen Works', 'MediCare Pro', 'Scrubline', 'OfficeOne', 'Brightway', 'Hartwell', 'NordLicht', 'Clinica', 'Ergonomix', 'Veritas Retail', 'Alder & Finch'];

export const COMPANY_WORDS = ['Acme', 'Northwind', 'Riverside', 'Summit', 'Bluebird', 'Oakridge', 'Pioneer', 'Evergreen', 'Harbor', 'Keystone', 'Silverline', 'Granite', 'Maple', 'Sterling', 'Cobalt', 'Lakeside', 'Redwood', 'Falcon'];
export const COMPANY_KINDS = ['Medical Center', 'Clinic', 'Hospital Group', 'Dental Practice', 'Office Supplies', 'Retail Group', 'Hotels', 'Logistics', 'Architects', 'Care Homes'];
export const COMPANY_SUFFIX = ['Inc.', 'LLC', 'GmbH', 'SARL', 'Ltd.', 'AG', 'Co.'];

export const FIRST_NAMES = ['Amanda', 'Brandon', 'Carmen', 'Daniel', 'Emma', 'Felix', 'Greta', 'Hugo', 'Isabel', 'Jonas', 'Karen', 'Lukas', 'Marie', 'Nancy', 'Oliver', 'Paula', 'Quentin', 'Ruth', 'Samuel', 'Tanja', 'Ulrich', 'Valérie', 'William', 'Zoé'];
export const LAST_NAMES = ['Cole', 'Sallee', 'Meyer', 'Schulz', 'Dubois', 'Martin', 'Bernard', 'Johnson', 'Miller', 'Fischer', 'Weber', 'Laurent', 'Garcia', 'Brown', 'Wagner', 'Moreau', 'Clark', 'Lewis'];

export interface CountrySeed { id: string; iso3: string; name: string; regions: Array<[string, string]>; cities: Array<[string, string, string]> }
/** Countries with regions (code, name) and cities (city, postal code, region code). */
export const COUNTRIES: CountrySeed[] = [
  { id: 'US', iso3: 'USA', name: 'United States', regions: [['CA', 'California'], ['NY', 'New York'], ['TX', 'Texas'], ['IL', 'Illinois'], ['WA', 'Washington']],
    cities: [['Los Angeles', '90017', 'CA'], ['San Francisco', '94103', 'CA'], ['New York', '10001', 'NY'], ['Austin', '73301', 'TX'], ['Chicago', '60601', 'IL'], ['Seattle', '98101', 'WA']] },
  { id: 'DE', iso3: 'DEU', name: 'Germany', regions: [['BE', 'Berlin'], ['BY', 'Bayern'], ['HH', 'Hamburg'], ['NW', 'Nordrhein-Westfalen']],
    cities: [['Berlin', '10115', 'BE'], ['München', '80331', 'BY'], ['Hamburg', '20095', 'HH'], ['Köln', '50667', 'NW']] },
  { id: 'FR', iso3: 'FRA', name: 'France', regions: [['75', 'Paris'], ['69', 'Rhône'], ['13', 'Bouches-du-Rhône']],
    cities: [['Paris', '75001', '75'], ['Lyon', '69001', '69'], ['Marseille', '13001', '13']] },
  { id: 'CA', iso3: 'CAN', name: 'Canada', regions: [['ON', 'Ontario'], ['QC', 'Quebec'], ['BC', 'British Columbia']], cities: [['Toronto', 'M5H 2N2', 'ON'], ['Montréal', 'H2Y 1C6', 'QC']] },
  { id: 'GB', iso3: 'GBR', name: 'United Kingdom', regions: [['ENG', 'England'], ['SCT', 'Scotland']], cities: [['London', 'EC1A 1BB', 'ENG'], ['Edinburgh', 'EH1 1YZ', 'SCT']] },
];

export const STREETS = ['Main Street', 'Oak Avenue', 'Market Street', 'Hauptstraße', 'Rue de la Paix', 'Park Lane', 'Lindenallee', 'Boulevard Haussmann', 'Sunset Boulevard', 'King Street'];
