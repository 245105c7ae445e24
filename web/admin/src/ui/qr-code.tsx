import QRCode from 'qrcode';
import { useMemo } from 'react';

/**
 * A QR code drawn as SVG in the page: the `qrcode` library encodes, React draws the modules as
 * one path. Nothing leaves the browser (a secret in an otpauth URI must not go to an image
 * service) and no markup is injected.
 */
export function QrCode({ value, label, size = 192 }: { value: string; label: string; size?: number }) {
  const path = useMemo(() => {
    const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let row = 0; row < modules.size; row++)
      for (let column = 0; column < modules.size; column++)
        if (modules.get(row, column)) d += `M${column + 4} ${row + 4}h1v1h-1z`;
    return { d, extent: modules.size + 8 };
  }, [value]);
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${path.extent} ${path.extent}`}
      shapeRendering="crispEdges"
      className="qr-code"
    >
      <rect width={path.extent} height={path.extent} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
