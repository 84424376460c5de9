// Messages of the accounts screens. Keys start with "accounts.".
import { defineMessages } from './define'

export const accountsMessages = defineMessages({
  vi: {
    'accounts.placeholder': '',
  },
  en: {
    'accounts.placeholder': '',
  },
})
