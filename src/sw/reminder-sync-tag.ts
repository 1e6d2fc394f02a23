/** The tag of the Periodic Background Sync registration (page registers, worker handles). */
export const REMINDER_SYNC_TAG = 'reminders-check';
