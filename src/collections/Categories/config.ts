import type { CollectionConfig } from 'payload'

import { anyone, isAdminOrManager } from '@/access/predicates'
import { uniqueSlugField } from '@/fields/slug'
import { label } from '@/i18n/adminLabel'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: label('Rubrika', 'Category'), plural: label('Rubriky', 'Categories') },
  admin: { useAsTitle: 'title', group: label('Obsah', 'Content') },
  access: { read: anyone, create: isAdminOrManager, update: isAdminOrManager, delete: isAdminOrManager },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 80, label: label('Název', 'Title') },
    uniqueSlugField('categories'),
  ],
}
