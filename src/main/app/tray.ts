import { Menu, Tray, nativeImage } from 'electron';

/** The tray icon keeps Luister listening with the window closed; Quit is explicit. */
export function createTray(
  iconPath: string,
  actions: { show: () => void; quit: () => void },
): Tray {
  const tray = new Tray(nativeImage.createFromPath(iconPath));
  tray.setToolTip('Luister: listening');
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open Luister', click: actions.show },
      { type: 'separator' },
      { label: 'Quit Luister', click: actions.quit },
    ]),
  );
  tray.on('click', actions.show);
  return tray;
}
