import fc from 'fast-check'
import { ValidationError, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf, sameId, type Id } from '@/access/ids'
import { importMemberships } from '@/collections/Memberships/importMemberships'
import { associationStatistics } from '@/collections/Memberships/statistics'
import { decodeMemberOf } from '@/domain/memberships/memberOfIds'
import { chamberOf, type MunicipalityKind } from '@/domain/municipalities/kinds'
import type { Association, Municipality, Region } from '@/payload-types'

import { createAssociation, createMunicipality, createRegion, createStaffUser, ref } from './fixtures'
import { getTestPayload } from './harness'
import { restClient } from './restClient'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

/** The membership of a municipality in an association, if there is one. */
async function membershipOf(municipality: Id, association: Id) {
  const { docs } = await payload.find({
    collection: 'memberships',
    where: { and: [{ municipality: { equals: municipality } }, { association: { equals: association } }] },
    depth: 0,
  })
  return docs[0]
}

/**
 * Counts straight from the source rows, with no derived value involved: for every association,
 * its active members by region code and chamber, and for every municipality the associations it
 * is an active member of. Then compares everything the portal derives with them.
 */
async function expectDerivedValuesToMatchTheRegister() {
  const [memberships, municipalities, associations, regions] = await Promise.all([
    payload.find({ collection: 'memberships', pagination: false, depth: 0 }),
    payload.find({ collection: 'municipalities', pagination: false, depth: 0, select: { kind: true, region: true, memberOfIds: true } }),
    payload.find({ collection: 'associations', pagination: false, depth: 0, select: { memberCount: true } }),
    payload.find({ collection: 'regions', pagination: false, depth: 0, select: { code: true } }),
  ])
  const municipalityById = new Map(municipalities.docs.map((municipality) => [String(municipality.id), municipality]))
  const regionCode = new Map(regions.docs.map((region) => [String(region.id), region.code]))
  const active = memberships.docs.filter((membership) => membership.status === 'active')

  for (const membership of memberships.docs) {
    const municipality = municipalityById.get(String(idOf(membership.municipality)))
    expect(municipality, `membership ${membership.id} points at a stored municipality`).toBeDefined()
    expect(membership.chamber).toBe(chamberOf(municipality?.kind ?? 'other') ?? 'none')
  }

  for (const municipality of municipalities.docs) {
    const expected = active.filter((membership) => sameId(membership.municipality, municipality.id)).map((membership) => String(idOf(membership.association)))
    expect(decodeMemberOf(municipality.memberOfIds).sort(), `memberOfIds of municipality ${municipality.id}`).toEqual(expected.sort())
  }

  for (const association of associations.docs) {
    const members = active
      .filter((membership) => sameId(membership.association, association.id))
      .map((membership) => municipalityById.get(String(idOf(membership.municipality))) as Municipality)
    expect(association.memberCount, `memberCount of association ${association.id}`).toBe(members.length)

    const statistics = await associationStatistics(payload, association.id, 'cs')
    expect(statistics.counts.total).toBe(members.length)
    for (const chamber of ['statutory-cities', 'towns', 'municipalities', 'none'] as const) {
      const direct = members.filter((member) => (chamberOf(member.kind) ?? 'none') === chamber).length
      expect(statistics.counts.byChamber[chamber], `${chamber} of association ${association.id}`).toBe(direct)
    }
    for (const region of statistics.regions) {
      const inRegion = members.filter((member) => regionCode.get(String(idOf(member.region))) === region.code)
      expect(region.members, `members in region ${region.code}`).toBe(inRegion.length)
      for (const chamber of ['statutory-cities', 'towns', 'municipalities', 'none'] as const) {
        expect(region.byChamber[chamber]).toBe(inRegion.filter((member) => (chamberOf(member.kind) ?? 'none') === chamber).length)
      }
      const allInRegion = municipalities.docs.filter((municipality) => regionCode.get(String(idOf(municipality.region))) === region.code)
      expect(region.municipalities).toBe(allInRegion.length)
    }
  }
}

describe('membership counts under random changes (property)', () => {
  const KINDS: MunicipalityKind[] = ['statutory-city', 'town', 'market-town', 'municipality', 'gmina']
  const STATUSES = ['active', 'suspended', 'left'] as const
  let associations: Association[]
  let regions: Region[]
  let municipalities: Municipality[]

  beforeAll(async () => {
    associations = [
      await createAssociation(payload, { shortName: 'PROP-A', kind: 'national' }),
      await createAssociation(payload, { shortName: 'PROP-B' }),
      await createAssociation(payload, { shortName: 'PROP-C' }),
    ]
    regions = [
      await createRegion(payload, { code: '43', name: 'Plzeňský kraj' }),
      await createRegion(payload, { code: '27', name: 'Středočeský kraj' }),
      await createRegion(payload, { code: '116', name: 'Jihomoravský kraj' }),
    ]
    municipalities = []
    for (let index = 0; index < 8; index += 1) {
      municipalities.push(
        await createMunicipality(payload, { kind: KINDS[index % KINDS.length], region: ref((regions[index % regions.length] as Region).id) }),
      )
    }
  })

  const municipality = fc.nat({ max: 7 })
  const association = fc.nat({ max: 2 })
  const status = fc.constantFrom(...STATUSES)
  const command = fc.oneof(
    fc.record({ type: fc.constant('set-status' as const), municipality, association, status }),
    fc.record({ type: fc.constant('remove' as const), municipality, association }),
    fc.record({ type: fc.constant('duplicate' as const), municipality, association }),
    fc.record({ type: fc.constant('move' as const), municipality, region: fc.nat({ max: 2 }) }),
    fc.record({ type: fc.constant('change-kind' as const), municipality, kind: fc.constantFrom(...KINDS) }),
    fc.record({
      type: fc.constant('import' as const),
      association,
      rows: fc.uniqueArray(fc.tuple(municipality, status), { minLength: 1, maxLength: 5, selector: ([index]) => index }),
    }),
    fc.record({ type: fc.constant('replace-municipality' as const), municipality }),
  )
  type Command = typeof command extends fc.Arbitrary<infer C> ? C : never

  const at = <T,>(list: T[], index: number): T => {
    const item = list[index]
    if (item === undefined) throw new Error(`no item ${index}`)
    return item
  }

  async function run(step: Command) {
    switch (step.type) {
      case 'set-status': {
        const m = at(municipalities, step.municipality).id
        const a = at(associations, step.association).id
        const existing = await membershipOf(m, a)
        if (existing) await payload.update({ collection: 'memberships', id: existing.id, data: { status: step.status } })
        else await payload.create({ collection: 'memberships', data: { municipality: ref(m), association: ref(a), status: step.status } })
        return
      }
      case 'remove': {
        const existing = await membershipOf(at(municipalities, step.municipality).id, at(associations, step.association).id)
        if (existing) await payload.delete({ collection: 'memberships', id: existing.id })
        return
      }
      case 'duplicate': {
        const m = at(municipalities, step.municipality).id
        const a = at(associations, step.association).id
        if (!(await membershipOf(m, a))) return
        const second = payload.create({ collection: 'memberships', data: { municipality: ref(m), association: ref(a), status: 'active' } })
        await expect(second).rejects.toBeInstanceOf(ValidationError)
        return
      }
      case 'move':
        await payload.update({ collection: 'municipalities', id: at(municipalities, step.municipality).id, data: { region: ref(at(regions, step.region).id) } })
        return
      case 'change-kind':
        await payload.update({ collection: 'municipalities', id: at(municipalities, step.municipality).id, data: { kind: step.kind } })
        return
      case 'import': {
        const lines = step.rows.map(([index, rowStatus]) => `${at(municipalities, index).ruianCode},${rowStatus}`)
        const report = await importMemberships(payload, ['code,status', ...lines].join('\n'), {
          association: at(associations, step.association).id,
          language: 'en',
        })
        expect(report.rejected).toEqual([])
        return
      }
      case 'replace-municipality': {
        const old = at(municipalities, step.municipality)
        await payload.delete({ collection: 'municipalities', id: old.id })
        municipalities[step.municipality] = await createMunicipality(payload, { kind: old.kind, region: ref(idOf(old.region) as Id) })
        return
      }
    }
  }

  it('keeps memberOfIds, member counts and the statistics equal to a direct count over the register', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 10 }), async (steps) => {
        for (const step of steps) await run(step)
        await expectDerivedValuesToMatchTheRegister()
      }),
      { numRuns: 25, endOnFailure: true },
    )
  }, 600_000)
})

describe('memberships', () => {
  it('refuses a second membership of a municipality in the same association, naming the field', async () => {
    const association = await createAssociation(payload)
    const municipality = await createMunicipality(payload)
    await payload.create({ collection: 'memberships', data: { municipality: ref(municipality.id), association: ref(association.id), status: 'active' } })
    const error = await payload
      .create({ collection: 'memberships', data: { municipality: ref(municipality.id), association: ref(association.id), status: 'left' } })
      .catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors).toEqual([{ path: 'association', label: expect.anything(), message: expect.stringContaining('už ve svazu členství má') }])
  })

  it('refuses an end date before the start and an end date on an active membership', async () => {
    const association = await createAssociation(payload)
    const municipality = await createMunicipality(payload)
    const base = { municipality: ref(municipality.id), association: ref(association.id) }
    const paths = async (data: Record<string, unknown>) =>
      ((await payload.create({ collection: 'memberships', data: { ...base, ...data } as never }).catch((error: unknown) => error)) as ValidationError).data.errors.map(
        (problem) => problem.message,
      )
    expect(await paths({ status: 'left', since: '2020-01-01T12:00:00.000Z', until: '2019-01-01T12:00:00.000Z' })).toEqual([
      'Členství nemůže skončit dříve, než začalo.',
    ])
    expect(await paths({ status: 'active', until: '2019-01-01T12:00:00.000Z' })).toEqual(['Datum konce patří jen k ukončenému členství.'])
  })

  it('keeps every change as a version with who made it', async () => {
    const association = await createAssociation(payload)
    const manager = await createStaffUser(payload, 'manager', [association.id])
    const municipality = await createMunicipality(payload, { kind: 'town' })
    const membership = await payload.create({
      collection: 'memberships',
      data: { municipality: ref(municipality.id), association: ref(association.id), status: 'active' },
      overrideAccess: false,
      user: manager.doc,
    })
    expect(membership).toMatchObject({ chamber: 'towns', title: `${municipality.name} – ${association.shortName}` })
    await payload.update({ collection: 'memberships', id: membership.id, data: { status: 'suspended' }, overrideAccess: false, user: manager.doc })
    await payload.update({ collection: 'memberships', id: membership.id, data: { status: 'left', until: '2025-06-30T12:00:00.000Z' } })

    const { docs } = await payload.findVersions({ collection: 'memberships', where: { parent: { equals: membership.id } }, sort: 'createdAt', depth: 0 })
    expect(docs.map((version) => [version.version.status, version.version.changedBy ?? null])).toEqual([
      ['active', manager.doc.id],
      ['suspended', manager.doc.id],
      ['left', null],
    ])
  })
})

describe('who may change memberships', () => {
  let associationA: Association
  let associationB: Association
  let tokens: Record<'managerA' | 'editorA' | 'managerB', string>
  let membershipOfA: Id
  let api: ReturnType<typeof restClient>

  beforeAll(async () => {
    api = restClient(payload)
    associationA = await createAssociation(payload, { shortName: 'ACC-A' })
    associationB = await createAssociation(payload, { shortName: 'ACC-B' })
    const municipality = await createMunicipality(payload)
    membershipOfA = (
      await payload.create({
        collection: 'memberships',
        data: { municipality: ref(municipality.id), association: ref(associationA.id), status: 'active', note: 'dluží příspěvek za rok 2024' },
      })
    ).id
    const managerA = await createStaffUser(payload, 'manager', [associationA.id])
    const editorA = await createStaffUser(payload, 'editor', [associationA.id])
    const managerB = await createStaffUser(payload, 'manager', [associationB.id])
    tokens = {
      managerA: await api.login('users', managerA.email, managerA.password),
      editorA: await api.login('users', editorA.email, editorA.password),
      managerB: await api.login('users', managerB.email, managerB.password),
    }
  })

  it('lets the manager of the association change its membership, over REST and GraphQL', async () => {
    const rest = await api.request('PATCH', `memberships/${membershipOfA}`, { token: tokens.managerA, body: { status: 'suspended' } })
    expect(rest.status).toBe(200)
    const graphql = await api.graphql(`mutation { updateMembership(id: ${JSON.stringify(membershipOfA)}, data: { status: active }) { status } }`, {
      token: tokens.managerA,
    })
    expect(graphql.errors).toBeUndefined()
    expect(graphql.data?.updateMembership).toEqual({ status: 'active' })
  })

  it('does not let an editor or the manager of another association change it, over REST and GraphQL', async () => {
    for (const token of [tokens.editorA, tokens.managerB]) {
      const rest = await api.request('PATCH', `memberships/${membershipOfA}`, { token, body: { status: 'left' } })
      expect(rest.status).toBe(403)
      const graphql = await api.graphql(`mutation { updateMembership(id: ${JSON.stringify(membershipOfA)}, data: { status: left }) { status } }`, { token })
      expect(graphql.errors).toHaveLength(1)
      expect(graphql.data?.updateMembership ?? null).toBeNull()
      const deleted = await api.request('DELETE', `memberships/${membershipOfA}`, { token })
      expect(deleted.status).toBe(403)
    }
    expect((await payload.findByID({ collection: 'memberships', id: membershipOfA })).status).toBe('active')
  })

  it('does not let the manager of another association create a membership in it', async () => {
    const municipality = await createMunicipality(payload)
    const response = await api.request('POST', 'memberships', {
      token: tokens.managerB,
      body: { municipality: municipality.id, association: associationA.id, status: 'active' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('association')
    expect(await membershipOf(municipality.id, associationA.id)).toBeUndefined()
  })

  it('shows memberships to anyone, but internal notes and who changed them only to staff', async () => {
    const anonymous = (await (await api.request('GET', `memberships/${membershipOfA}?depth=0`)).json()) as Record<string, unknown>
    expect(anonymous).toMatchObject({ status: 'active' })
    expect(anonymous).not.toHaveProperty('note')
    expect(anonymous).not.toHaveProperty('changedBy')
    const staff = (await (await api.request('GET', `memberships/${membershipOfA}?depth=0`, { token: tokens.editorA })).json()) as Record<string, unknown>
    expect(staff.note).toBe('dluží příspěvek za rok 2024')
  })
})

describe('membership CSV import and export', () => {
  let association: Association
  let managerToken: string
  let otherManagerToken: string
  let editorToken: string
  let api: ReturnType<typeof restClient>
  const codes = ['930001', '930002', '930003']

  beforeAll(async () => {
    api = restClient(payload)
    association = await createAssociation(payload, { shortName: 'CSV-A' })
    const other = await createAssociation(payload, { shortName: 'CSV-B' })
    const region = await createRegion(payload, { code: 'CSV1', name: 'Kraj CSV' })
    await createMunicipality(payload, { ruianCode: codes[0], name: 'Plzeň-Sever', kind: 'town', district: 'Plzeň-sever', region: ref(region.id) })
    await createMunicipality(payload, { ruianCode: codes[1], name: 'Čistá', district: 'Rakovník', region: ref(region.id) })
    await createMunicipality(payload, { ruianCode: codes[2], name: 'Lhota', district: 'Kolín', region: ref(region.id) })
    const manager = await createStaffUser(payload, 'manager', [association.id])
    const otherManager = await createStaffUser(payload, 'manager', [other.id])
    const editor = await createStaffUser(payload, 'editor', [association.id])
    managerToken = await api.login('users', manager.email, manager.password)
    otherManagerToken = await api.login('users', otherManager.email, otherManager.password)
    editorToken = await api.login('users', editor.email, editor.password)
  })

  const importFile = (csv: string, token: string, language = 'cs') =>
    api.request('POST', `memberships/import?association=${association.id}`, {
      token,
      body: csv,
      headers: { 'Content-Type': 'text/csv', 'Accept-Language': language },
    })

  it('imports a list, then reports an unchanged second import', async () => {
    const csv = ['code,name,status,since', `${codes[0]},Plzeň-Sever,active,1. 3. 2001`, `${codes[1]},cista,aktivní,`, `${codes[2]},Lhota,left,`].join('\n')
    const first = await importFile(csv, managerToken)
    expect(await first.json()).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: [] })
    expect(first.status).toBe(200)
    expect((await payload.findByID({ collection: 'associations', id: association.id })).memberCount).toBe(2)

    const second = await importFile(csv, managerToken)
    expect(await second.json()).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: [] })
  })

  it('refuses a file with a bad row as a whole, naming line and column, and writes nothing', async () => {
    const before = await payload.find({ collection: 'memberships', where: { association: { equals: association.id } }, depth: 0, sort: 'id' })
    const csv = ['code,name,status', `${codes[0]},Plzeň-Sever,left`, `${codes[1]},Čistá u Rakovníka,active`, '999999,,active', `${codes[2]},Lhota,členem`].join('\n')
    const response = await importFile(csv, managerToken, 'en')
    expect(response.status).toBe(400)
    const report = (await response.json()) as { rejected: { line: number; field: string; message: string }[] }
    expect(report.rejected).toEqual([{ line: 5, field: 'status', message: expect.stringContaining('unknown status "členem"') }])

    // With the status fixed, the register check finds the wrong name and the unknown code.
    const checked = await importFile(csv.replace('členem', 'left'), managerToken)
    expect(((await checked.json()) as typeof report).rejected).toEqual([
      { line: 3, field: 'name', message: `kód ${codes[1]} patří obci Čistá, ne "Čistá u Rakovníka"` },
      { line: 4, field: 'code', message: 'obec s kódem 999999 v rejstříku není' },
    ])
    const after = await payload.find({ collection: 'memberships', where: { association: { equals: association.id } }, depth: 0, sort: 'id' })
    expect(after.docs).toEqual(before.docs)
  })

  it('lets only the association’s manager import, and its staff export', async () => {
    const csv = `code,status\n${codes[0]},left\n`
    expect((await importFile(csv, otherManagerToken)).status).toBe(403)
    expect((await importFile(csv, editorToken)).status).toBe(403)
    expect((await api.request('GET', `memberships/export?association=${association.id}`, { token: otherManagerToken })).status).toBe(403)
    expect((await api.request('GET', `memberships/export?association=${association.id}`)).status).toBe(401)
  })

  it('exports the list sorted in Czech order, in a form the import reads back', async () => {
    const response = await api.request('GET', `memberships/export?association=${association.id}`, { token: editorToken })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await response.arrayBuffer())
    // Excel opens a CSV as UTF-8 only with a byte order mark.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = new TextDecoder().decode(bytes)
    expect(csv.split('\n').slice(0, 4)).toEqual([
      'code,name,district,region,chamber,status,since,until',
      `${codes[1]},Čistá,Rakovník,Kraj CSV,Komora obcí,active,,`,
      `${codes[2]},Lhota,Kolín,Kraj CSV,Komora obcí,left,,`,
      `${codes[0]},Plzeň-Sever,Plzeň-sever,Kraj CSV,Komora měst a městysů,active,2001-03-01,`,
    ])
    const roundTrip = await importFile(csv, managerToken)
    expect(await roundTrip.json()).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: [] })
  })
})
