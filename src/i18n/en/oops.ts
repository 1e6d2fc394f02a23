/** What a screen or a card says when odd data makes it fail: no blank page, a way out. */
export const oops = {
  screenTitle: 'This screen could not be shown',
  screenBody:
    'Something in your data is not what this screen expects. Your data is safe and nothing was changed. Open another screen, try again, or reload the app.',
  retry: 'Try again',
  home: 'Go to Today',
  details: 'Details: {reason}',
  goalCard:
    'This goal could not be shown in full. Your data is safe: edit it (check its dates and target) or delete it.',
} as const;
