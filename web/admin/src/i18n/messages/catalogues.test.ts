import { describeCatalogues } from '../../../../../test/support/catalogue-checks.js';
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { pl } from './pl';
import { sv } from './sv';

describeCatalogues('the admin app’s message catalogues', { en, pl, cs, sv, de });
