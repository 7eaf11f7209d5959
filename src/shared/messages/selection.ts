/** Selecting a trainee's row in ST-läkare from the sidebar's overview. */
export const SELECT_ROW_MSG = {
  badInput: 'Vilken ST-läkare som valdes kom inte fram. Ladda om sidopanelen och försök igen.',
  unknownTrainee: 'ST-läkaren finns inte längre i bladet ST-läkare. Ladda om sidopanelen.',
} as const;
