/**
 * A server-rendered HTML document (a mail, a snippet) shown in a frame that runs nothing.
 *
 * `sandbox="allow-same-origin"` and not an empty sandbox: Chromium puts a frame with an opaque
 * origin into its own renderer process, and when its `srcdoc` changes the new document is laid
 * out before that process learns the frame's size — the edited preview then paints blank or
 * squeezed into a 150 px column until something resizes the page. Keeping the frame's origin
 * keeps it in the admin's process, where a new document always gets the frame's real size. It
 * stays inert: without `allow-scripts` nothing in it runs (and the admin's CSP applies to it
 * too), without `allow-forms`/`allow-top-navigation` it submits and navigates nothing.
 */
export function HtmlPreview({ title, html, className }: { title: string; html: string; className?: string }) {
  return (
    <iframe
      className={className ? `preview ${className}` : 'preview'}
      title={title}
      sandbox="allow-same-origin"
      srcDoc={html}
    />
  );
}
