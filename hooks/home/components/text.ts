const TEXT = {
  en: {
    title: 'Home',
    today: (day: string) => `Today is ${day}. Each figure opens the list of the records it counts.`,
    teams: (names: string) => `Beside your own figures, those of the teams you manage: ${names}.`,
    mine: 'Mine',
    team: 'My team',
    nothing: 'There is nothing here for you yet.',
  },
  ro: {
    title: 'Acasă',
    today: (day: string) => `Astăzi este ${day}. Fiecare cifră deschide lista înregistrărilor pe care le numără.`,
    teams: (names: string) => `Lângă cifrele dvs., cele ale echipelor pe care le conduceți: ${names}.`,
    mine: 'Ale mele',
    team: 'Echipa mea',
    nothing: 'Deocamdată nu aveți nimic aici.',
  },
}

/** The home page's words in the reader's language. */
export const homeText = (language: string | undefined) => (language === 'ro' ? TEXT.ro : TEXT.en)
