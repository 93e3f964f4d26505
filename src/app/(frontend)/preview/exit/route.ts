import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves draft preview: the site is shown as visitors see it again. */
export async function GET() {
  const draft = await draftMode()
  draft.disable()
  redirect('/')
}
