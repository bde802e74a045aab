/**
 * Presentation mode: larger type and higher contrast for a projector. A class on <html>
 * (set by the root layout); the choice is kept on this device.
 */

const STORAGE_KEY = 'kequn.presentation';

function initiallyOn(): boolean {
	if (typeof window === 'undefined') return false;
	return window.localStorage.getItem(STORAGE_KEY) === 'on';
}

class PresentationState {
	on = $state(initiallyOn());

	/** Switch presentation mode and remember it on this device. */
	toggle(): void {
		this.on = !this.on;
		window.localStorage.setItem(STORAGE_KEY, this.on ? 'on' : 'off');
	}
}

export const presentation = new PresentationState();
