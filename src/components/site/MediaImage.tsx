import Image from 'next/image'

import type { Media } from '@/payload-types'

export type ImageSize = 'thumbnail' | 'card' | 'hero'

type Props = {
  media: Media | null | undefined
  size: ImageSize
  /** The rendered width for the browser's choice, e.g. "(min-width: 60rem) 20rem, 100vw". */
  sizes?: string
  className?: string
  /** Above the fold (the cover of a detail page): load at once. */
  priority?: boolean
  /** A logo next to the partner's name repeats it: screen readers skip it. */
  decorative?: boolean
}

/**
 * An uploaded image in one of the WebP sizes Payload generated, with its intrinsic width and
 * height so the browser reserves the space before it loads (no layout shift).
 */
export function MediaImage({ media, size, sizes, className, priority, decorative }: Props) {
  if (!media) return null
  const variant = media.sizes?.[size]
  const url = variant?.url || media.url
  const width = variant?.url ? variant.width : media.width
  const height = variant?.url ? variant.height : media.height
  if (!url || !width || !height) return null
  return (
    <Image
      src={url}
      width={width}
      height={height}
      alt={decorative ? '' : media.alt}
      sizes={sizes}
      className={className}
      priority={priority}
      loading={priority ? undefined : 'lazy'}
    />
  )
}
