import { describeCatalogues } from '../../../../test/support/catalogue-checks.js';
import { catalogues } from './catalogues.js';

describeCatalogues('message catalogues', catalogues);
