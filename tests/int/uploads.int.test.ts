import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Id } from '@/access/ids'
import { mediaFolder } from '@/config/media'

import { createAssociation, createMember, createMunicipality, createStaffUser, pdfFile, pngFile, rawFile, ref, windowsExecutable } from './fixtures'
import { getTestPayload } from './harness'

/**
 * Uploads as an editor sends them: multipart REST requests through Payload's own route
 * handler. Each refused kind names the `file` field with a message in the editor's language;
 * accepted images are stored without their EXIF/GPS metadata, under a normalised name.
 */

let payload: Payload
let serverURL: string
let editorToken: string
let memberToken: string
let association: Id

type Handler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>
let post: Handler
let get: Handler

type FileError = { status: number; path?: string; message?: string }
type Upload = { data: Buffer; name: string; mimetype: string }

async function upload(collection: 'media' | 'documents', file: Upload, data: Record<string, unknown>, language = 'cs'): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(data))
  const request = new Request(`${serverURL}/api/${collection}`, {
    method: 'POST',
    headers: { Authorization: `JWT ${editorToken}`, 'Accept-Language': language },
    body: form,
  })
  const response = await post(request, { params: Promise.resolve({ slug: [collection] }) })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const fileError = ({ status, body }: { status: number; body: Record<string, unknown> }): FileError => {
  const [error] = (body.errors as { message: string; data?: { errors?: { path: string; message: string }[] } }[] | undefined) ?? []
  const [fieldError] = error?.data?.errors ?? []
  return { status, path: fieldError?.path, message: fieldError?.message }
}

const documentData = () => ({ title: 'Pozvánka na sněm', association: ref(association), audience: 'public' })
const mediaData = { alt: 'Logo sdružení' }

async function login(collection: 'users' | 'members', email: string, password: string): Promise<string> {
  const request = new Request(`${serverURL}/api/${collection}/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
  const response = await post(request, { params: Promise.resolve({ slug: [collection, 'login'] }) })
  return String(((await response.json()) as { token: string }).token)
}

beforeAll(async () => {
  payload = await getTestPayload()
  serverURL = payload.config.serverURL || 'http://localhost:3000'
  post = REST_POST(payload.config)
  get = REST_GET(payload.config)
  association = (await createAssociation(payload)).id
  const editor = await createStaffUser(payload, 'editor', [association])
  editorToken = await login('users', editor.email, editor.password)
  const member = await createMember(payload, (await createMunicipality(payload)).id, 'approved')
  memberToken = await login('members', member.email, member.password)
})

const html = '<!doctype html><html><body><script>fetch("/api/users/me")</script></body></html>'
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>'
const php = '<?php system($_GET["c"]); ?>'

/** A 21 MB PDF: valid header, xref and %%EOF, padded with a comment. */
function largePdf(): Upload {
  const small = pdfFile('velky.pdf').data.toString('latin1')
  const data = Buffer.from(small.replace('%PDF-1.4\n', `%PDF-1.4\n%${'x'.repeat(21 * 1024 * 1024)}\n`), 'latin1')
  return { data, name: 'vyrocni-zprava.pdf', mimetype: 'application/pdf' }
}

const jpeg = async (): Promise<Buffer> => sharp({ create: { width: 400, height: 300, channels: 3, background: '#3060a0' } }).jpeg().toBuffer()

describe('refused uploads: 400 (413 when too large) naming the file field', () => {
  it.each([
    { kind: 'a Windows program renamed faktura.pdf, declared application/pdf', collection: 'documents' as const, file: () => rawFile(windowsExecutable(), 'faktura.pdf', 'application/pdf'), status: 400, says: /obsah neodpovídá|PDF, DOCX/ },
    { kind: 'a Windows program renamed foto.jpg, declared image/jpeg', collection: 'media' as const, file: () => rawFile(windowsExecutable(), 'foto.jpg', 'image/jpeg'), status: 400, says: /JPEG, PNG/ },
    { kind: 'an HTML page (pozvanka.html, text/html)', collection: 'documents' as const, file: () => rawFile(html, 'pozvanka.html', 'text/html'), status: 400, says: /nelze nahrát/ },
    { kind: 'an HTML page renamed pozvanka.pdf, declared application/pdf', collection: 'documents' as const, file: () => rawFile(html, 'pozvanka.pdf', 'application/pdf'), status: 400, says: /nelze nahrát/ },
    { kind: 'an HTML page renamed zapis.docx, declared as DOCX', collection: 'documents' as const, file: () => rawFile(html, 'zapis.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'), status: 400, says: /nelze nahrát/ },
    { kind: 'an HTML page renamed foto.png, declared image/png', collection: 'media' as const, file: () => rawFile(html, 'foto.png', 'image/png'), status: 400, says: /nelze nahrát/ },
    { kind: 'an SVG image (logo.svg, image/svg+xml)', collection: 'media' as const, file: () => rawFile(svg, 'logo.svg', 'image/svg+xml'), status: 400, says: /nelze nahrát/ },
    { kind: 'an SVG with a script renamed logo.png, declared image/png', collection: 'media' as const, file: () => rawFile(svg, 'logo.png', 'image/png'), status: 400, says: /nelze nahrát/ },
    { kind: 'a PHP script renamed foto.jpg, declared image/jpeg', collection: 'media' as const, file: () => rawFile(php, 'foto.jpg', 'image/jpeg'), status: 400, says: /nelze nahrát/ },
    { kind: 'a real PDF uploaded as an image', collection: 'media' as const, file: () => pdfFile('obrazek.jpg'), status: 400, says: /jeho obsah je typu PDF/ },
    { kind: 'a real JPEG uploaded as a document', collection: 'documents' as const, file: async () => rawFile(await jpeg(), 'zapis.pdf', 'application/pdf'), status: 400, says: /jeho obsah je typu JPEG/ },
    { kind: 'an empty file', collection: 'documents' as const, file: () => rawFile(Buffer.alloc(0), 'prazdny.pdf', 'application/pdf'), status: 400, says: /./ },
    { kind: 'a 21 MB PDF (documents allow 20 MB)', collection: 'documents' as const, file: largePdf, status: 413, says: /příliš velký: nejvýše 20 MB/ },
  ])('$kind → $status, file field', async ({ collection, file, status, says }) => {
    const result = fileError(await upload(collection, await file(), collection === 'media' ? mediaData : documentData()))
    expect(result.status).toBe(status)
    expect(result.path).toBe('file')
    expect(result.message).toMatch(says)
    expect(JSON.stringify(result)).not.toMatch(/\n\s+at /)
  })

  it('answers in English to an English-speaking editor', async () => {
    const result = fileError(await upload('documents', rawFile(windowsExecutable(), 'invoice.pdf', 'application/pdf'), documentData(), 'en'))
    expect(result).toMatchObject({ status: 400, path: 'file' })
    expect(result.message).toMatch(/The file “invoice.pdf” cannot be uploaded: its content is EXE\. Allowed types: PDF, DOCX, XLSX, PPTX\./)
  })

  it('stores nothing when it refuses', async () => {
    const before = (await payload.count({ collection: 'documents' })).totalDocs
    await upload('documents', rawFile(html, 'x.pdf', 'application/pdf'), documentData())
    expect((await payload.count({ collection: 'documents' })).totalDocs).toBe(before)
  })
})

describe('accepted uploads', () => {
  it('stores a file under a transliterated name without path separators', async () => {
    const { status, body } = await upload('documents', { ...pdfFile(), name: '..\\..\\Pozvánka na sněm 2025 <b>.PDF' }, documentData())
    expect(status).toBe(201)
    expect((body.doc as { filename: string }).filename).toBe('pozvanka-na-snem-2025-b.pdf')
  })

  // A browser never sends control characters in a multipart file name (Payload's multipart
  // parser answers such a request with a 500), so the Local API carries this one.
  it('drops control characters from a file name', async () => {
    const document = await payload.create({ collection: 'documents', data: documentData() as never, file: pdfFile('zápis\u0000\u0007\u001b[31m.pdf') })
    expect(document.filename).toBe('zapis-31m.pdf')
  })

  it('gives a file the extension of its real type', async () => {
    const { status, body } = await upload('documents', { ...pdfFile(), name: 'faktura.exe' }, documentData())
    expect(status).toBe(201)
    expect((body.doc as { filename: string; mimeType: string })).toMatchObject({ filename: 'faktura.pdf', mimeType: 'application/pdf' })
  })

  it('a JPEG with GPS and camera EXIF is stored, original and every size, without any metadata', async () => {
    const marker = 'Kozojedy-GPS-49.8N'
    const source = await sharp(await jpeg())
      .withExif({ IFD0: { Artist: marker, ImageDescription: marker }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '49/1 48/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '13/1 36/1 0/1' } })
      .jpeg()
      .toBuffer()
    const sourceMetadata = await sharp(source).metadata()
    expect(sourceMetadata.exif?.includes(Buffer.from(marker))).toBe(true)
    expect(sourceMetadata.exif?.includes(Buffer.from([0x88, 0x25])) || sourceMetadata.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true)

    const { status, body } = await upload('media', { data: source, name: 'Fotka ze setkání.jpg', mimetype: 'image/jpeg' }, mediaData)
    expect(status).toBe(201)
    const doc = body.doc as { filename: string; sizes: Record<string, { filename: string | null }> }
    const stored = [doc.filename, ...Object.values(doc.sizes).map((size) => size.filename)].filter((name): name is string => Boolean(name))
    expect(stored.length).toBe(2) // the original and the 320 px thumbnail; the image is too small for the others
    for (const name of stored) {
      const bytes = await readFile(path.join(mediaFolder('images'), name))
      const metadata = await sharp(bytes).metadata()
      expect({ name, exif: metadata.exif, xmp: metadata.xmp, iptc: metadata.iptc }).toEqual({ name, exif: undefined, xmp: undefined, iptc: undefined })
      expect(bytes.includes(Buffer.from(marker))).toBe(false)
      expect(bytes.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false)
    }
  })

  it('an ordinary PNG is accepted and stored as WebP', async () => {
    const { status, body } = await upload('media', await pngFile('Logo SOPK.png', 400, 200), mediaData)
    expect(status).toBe(201)
    expect(body.doc).toMatchObject({ mimeType: 'image/webp', filename: 'logo-sopk.webp' })
  })
})

describe('members-only documents', () => {
  it('are served only through the access-checked URL, never from a public folder', async () => {
    const document = await payload.create({ collection: 'documents', data: { ...documentData(), audience: 'members' } as never, file: pdfFile('zapis-z-jednani.pdf') })
    expect(document.url).toBe(`${serverURL}/api/documents/file/${document.filename}`)
    // The files live outside Next's public/ folder, so no static route serves them.
    expect(path.relative(path.resolve('public'), mediaFolder('documents')).startsWith('..')).toBe(true)

    const fetchFile = async (token?: string) => {
      const request = new Request(`${serverURL}/api/documents/file/${document.filename}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
      return get(request, { params: Promise.resolve({ slug: ['documents', 'file', String(document.filename)] }) })
    }
    const anonymous = await fetchFile()
    expect(anonymous.status).toBe(403)
    expect(await anonymous.text()).not.toMatch(/%PDF-/)
    const member = await fetchFile(memberToken)
    expect(member.status).toBe(200)
    expect(await member.text()).toMatch(/^%PDF-/)
  })
})
