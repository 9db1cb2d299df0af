/** Word lists for the demo catalogue, shaped after OroCommerce's own demo data (medical apparel, lighting, office furniture, retail supplies). */

export interface CategorySeed {
  key: string;
  title: [string, string, string];
  parent: string | null;
  /** Product base names for leaf categories: [en, de, fr]. */
  nouns?: Array<[string, string, string]>;
  /** Leaf categories: the product line (modifiers, brands, price band) the products come from. */
  line?: ProductLine;
}

/** What products of a leaf category look like: modifiers put before the base name, brands, USD price band in cents. */
export interface ProductLine {
  modifiers: Array<[string, string, string]>;
  brands: string[];
  priceCents: [number, number];
  /** Apparel: variants differ by colour and size. */
  apparel?: boolean;
}

/** Localizations: index 0 English (US, default), 1 German, 2 French. Ids are index + 1. */
export const LOCALIZATIONS = [
  { title: 'English (United States)', languageCode: 'en', formattingCode: 'en_US' },
  { title: 'German (Germany)', languageCode: 'de', formattingCode: 'de_DE' },
  { title: 'French (France)', languageCode: 'fr', formattingCode: 'fr_FR' },
] as const;

const APPAREL_MODIFIERS: Array<[string, string, string]> = [['Men’s', 'Herren', 'Homme'], ['Women’s', 'Damen', 'Femme'], ['Unisex', 'Unisex', 'Unisexe'], ['Physician’s', 'Arzt', 'Médecin']];
const MEDICAL_BRANDS = ['MediCare Pro', 'Scrubline', 'Clinica', 'Tirax'];
const LIGHTING_BRANDS = ['Lumen Works', 'Brightway', 'NordLicht'];
const FURNITURE_BRANDS = ['OfficeOne', 'Ergonomix', 'Hartwell', 'Alder & Finch'];
const RETAIL_BRANDS = ['Veritas Retail', 'Tirax', 'OfficeOne'];

export const CATEGORIES: CategorySeed[] = [
  { key: 'all', title: ['All Products', 'Alle Produkte', 'Tous les produits'], parent: null },
  { key: 'medical', title: ['Medical Apparel', 'Medizinische Bekleidung', 'Vêtements médicaux'], parent: 'all' },
  { key: 'labcoats', title: ['Lab Coats', 'Laborkittel', 'Blouses de laboratoire'], parent: 'medical', line: { modifiers: APPAREL_MODIFIERS, brands: MEDICAL_BRANDS, priceCents: [2499, 8999], apparel: true },
    nouns: [['5-Pocket Lab Coat', 'Laborkittel mit 5 Taschen', 'Blouse de laboratoire 5 poches'], ['Consultation Lab Coat', 'Arztkittel', 'Blouse de consultation'], ['Stretch Lab Coat', 'Stretch-Laborkittel', 'Blouse de laboratoire stretch']] },
  { key: 'scrubs', title: ['Scrubs', 'Kasacks', 'Tenues de bloc'], parent: 'medical', line: { modifiers: APPAREL_MODIFIERS, brands: MEDICAL_BRANDS, priceCents: [1499, 4999], apparel: true },
    nouns: [['V-Neck Scrub Top', 'Kasack mit V-Ausschnitt', 'Haut de bloc col V'], ['Drawstring Scrub Pants', 'Schlupfhose mit Kordelzug', 'Pantalon de bloc à cordon'], ['Scrub Set', 'Kasack-Set', 'Ensemble de bloc']] },
  { key: 'footwear', title: ['Medical Footwear', 'Medizinisches Schuhwerk', 'Chaussures médicales'], parent: 'medical', line: { modifiers: APPAREL_MODIFIERS, brands: MEDICAL_BRANDS, priceCents: [3999, 12999], apparel: true },
    nouns: [['Slip-On Clog', 'Clog zum Hineinschlüpfen', 'Sabot sans lacets'], ['Nursing Shoe', 'Pflegeschuh', 'Chaussure infirmière']] },
  { key: 'supplies', title: ['Medical Supplies', 'Medizinischer Bedarf', 'Fournitures médicales'], parent: 'medical', line: { modifiers: [['Latex-Free', 'Latexfrei', 'Sans latex'], ['Disposable', 'Einweg', 'Jetable'], ['Professional', 'Profi', 'Professionnel']], brands: MEDICAL_BRANDS, priceCents: [599, 2999] },
    nouns: [['Nitrile Exam Gloves (Box of 100)', 'Nitril-Untersuchungshandschuhe (100 Stück)', 'Gants d’examen en nitrile (boîte de 100)'], ['Face Masks (Box of 50)', 'Mundschutz (50 Stück)', 'Masques faciaux (boîte de 50)']] },
  { key: 'lighting', title: ['Lighting Products', 'Beleuchtung', 'Éclairage'], parent: 'all' },
  { key: 'floodlights', title: ['Architectural Floodlighting', 'Architektur-Flutlicht', 'Projecteurs architecturaux'], parent: 'lighting', line: { modifiers: [['500-Watt', '500-Watt', '500 watts'], ['Outdoor', 'Außen', 'Extérieur'], ['Weatherproof', 'Wetterfest', 'Étanche']], brands: LIGHTING_BRANDS, priceCents: [4999, 29999] },
    nouns: [['LED Flood Light', 'LED-Flutlicht', 'Projecteur LED'], ['Work Light', 'Arbeitsleuchte', 'Lampe de travail'], ['Wall Washer', 'Wandfluter', 'Lèche-mur']] },
  { key: 'lamps', title: ['Lamps', 'Lampen', 'Lampes'], parent: 'lighting', line: { modifiers: [['Dimmable', 'Dimmbare', 'Variable'], ['Adjustable', 'Verstellbare', 'Réglable'], ['Energy-Saving', 'Energiesparende', 'Basse consommation']], brands: LIGHTING_BRANDS, priceCents: [999, 14999] },
    nouns: [['Desk Lamp', 'Schreibtischlampe', 'Lampe de bureau'], ['Floor Lamp', 'Stehlampe', 'Lampadaire'], ['LED Headlamp', 'LED-Stirnlampe', 'Lampe frontale LED']] },
  { key: 'furniture', title: ['Office Furniture', 'Büromöbel', 'Mobilier de bureau'], parent: 'all' },
  { key: 'chairs', title: ['Office Chairs', 'Bürostühle', 'Chaises de bureau'], parent: 'furniture', line: { modifiers: [['Ergonomic', 'Ergonomischer', 'Ergonomique'], ['Mesh', 'Netz-', 'En maille'], ['Leather', 'Leder-', 'En cuir']], brands: FURNITURE_BRANDS, priceCents: [8999, 59999] },
    nouns: [['Executive Chair', 'Chefsessel', 'Fauteuil de direction'], ['Task Chair', 'Drehstuhl', 'Chaise de travail']] },
  { key: 'desks', title: ['Desks', 'Schreibtische', 'Bureaux'], parent: 'furniture', line: { modifiers: [['Height-Adjustable', 'Höhenverstellbarer', 'Réglable en hauteur'], ['Oak', 'Eichen-', 'En chêne'], ['Compact', 'Kompakter', 'Compact']], brands: FURNITURE_BRANDS, priceCents: [19999, 99999] },
    nouns: [['Standing Desk', 'Stehschreibtisch', 'Bureau assis-debout'], ['Writing Desk', 'Schreibtisch', 'Bureau']] },
  { key: 'retail', title: ['Retail Supplies', 'Ladenbedarf', 'Fournitures de magasin'], parent: 'all' },
  { key: 'printers', title: ['Printers', 'Drucker', 'Imprimantes'], parent: 'retail', line: { modifiers: [['Thermal', 'Thermo-', 'Thermique'], ['Wireless', 'Kabelloser', 'Sans fil'], ['Desktop', 'Desktop-', 'De bureau']], brands: RETAIL_BRANDS, priceCents: [9999, 49999] },
    nouns: [['Receipt Printer', 'Bondrucker', 'Imprimante de tickets'], ['Label Printer', 'Etikettendrucker', 'Imprimante d’étiquettes']] },
  { key: 'scanners', title: ['Barcode Scanners', 'Barcodescanner', 'Lecteurs de codes-barres'], parent: 'retail', line: { modifiers: [['Handheld', 'Hand-', 'Portable'], ['Wireless', 'Kabelloser', 'Sans fil'], ['2D', '2D-', '2D']], brands: RETAIL_BRANDS, priceCents: [4999, 24999] },
    nouns: [['Barcode Scanner', 'Barcodescanner', 'Lecteur de codes-barres']] },
];

/** Apparel variant sizes. */
export const SIZES = ['S', 'M', 'L'];

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

/** Street names and phone prefixes per country, so an address reads like its country. */
export const STREETS: Record<string, string[]> = {
  US: ['Main Street', 'Oak Avenue', 'Market Street', 'Sunset Boulevard', 'Park Avenue', 'Elm Street'],
  DE: ['Hauptstraße', 'Lindenallee', 'Bahnhofstraße', 'Gartenweg', 'Schillerstraße'],
  FR: ['Rue de la Paix', 'Boulevard Haussmann', 'Avenue Victor Hugo', 'Rue du Faubourg Saint-Honoré'],
  CA: ['King Street', 'Queen Street West', 'Rue Sainte-Catherine'],
  GB: ['Park Lane', 'High Street', 'Baker Street'],
};
export const PHONE_PREFIX: Record<string, string> = { US: '+1 555 ', DE: '+49 30 ', FR: '+33 1 ', CA: '+1 416 ', GB: '+44 20 ' };

export const COLORS: Array<[string, string, string]> = [
  ['White', 'Weiß', 'Blanc'], ['Navy', 'Marine', 'Marine'], ['Black', 'Schwarz', 'Noir'], ['Ceil Blue', 'Himmelblau', 'Bleu ciel'],
  ['Gray', 'Grau', 'Gris'], ['Wine', 'Weinrot', 'Bordeaux'], ['Green', 'Grün', 'Vert'],
];
