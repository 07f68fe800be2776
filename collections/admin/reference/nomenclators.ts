import type { NomenclatorItems } from '@/seed/load'

/** The admin module's lookup lists as a new install has them (R3); administrators edit them afterwards. */
export const NOMENCLATOR_ITEMS: NomenclatorItems = {
  currencies: [
    ['RON', 'Leu românesc (RON)', 'Romanian leu (RON)'],
    ['EUR', 'Euro (EUR)', 'Euro (EUR)'],
    ['USD', 'Dolar american (USD)', 'US dollar (USD)'],
  ],
  'vat-rates': [
    ['standard', 'TVA 21%', 'VAT 21%', 21],
    ['reduced', 'TVA 11%', 'VAT 11%', 11],
    ['zero', 'Scutit (0%)', 'Exempt (0%)', 0],
  ],
  units: [
    ['pcs', 'buc', 'pcs'],
    ['hour', 'oră', 'hour'],
    ['day', 'zi', 'day'],
    ['month', 'lună', 'month'],
    ['license', 'licență', 'license'],
  ],
  'document-types': [
    ['draft', 'Ciornă', 'Draft'],
    ['annex', 'Anexă', 'Annex'],
    ['signed', 'Exemplar semnat', 'Signed copy'],
    ['invoice', 'Factură', 'Invoice'],
  ],
}
