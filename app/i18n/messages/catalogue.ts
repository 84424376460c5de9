// Messages of the catalogue screens. Keys start with "catalogue.".
import { defineMessages } from './define'

export const catalogueMessages = defineMessages({
  vi: {
    'catalogue.placeholder': '',
  },
  en: {
    'catalogue.placeholder': '',
  },
})
