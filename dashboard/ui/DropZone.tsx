import { useEffect, useState } from 'react';
import { messagesFor, type Lang } from '../../shared/messages/index';

/** Drop a file anywhere on the page to open it; an overlay says so while dragging. */
export function DropZone({ lang, onFile, onDragIn }: { lang: Lang; onFile: (file: File) => void; onDragIn?: () => void }) {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (depth++ === 0) onDragIn?.();
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files?.[0];
      if (file) onFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFile, onDragIn]);
  if (!dragging) return null;
  return (
    <div className="dash-drop" data-testid="drop-zone">
      <div>{messagesFor(lang).dash_dropHere}</div>
    </div>
  );
}
