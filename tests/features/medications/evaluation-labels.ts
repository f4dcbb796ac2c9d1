/**
 * Labels for the screener evaluation on the words of Debian's hunspell-en-med dictionary (see
 * screener-evaluation.test.ts). Decided from pharmacology and the WHO ATC classification, not from
 * this app's content or the screener's answers: each dictionary word (generic or brand) that names a
 * drug in a class the content lists as a trigger is "trigger"; opioids and benzodiazepines are
 * "withdrawal"; beta-blockers, calcium-channel blockers, H2 blockers and thyroid hormones are "weak";
 * drugs on which the content takes no position as a class of this evaluation (dopaminergic drugs,
 * other antidepressants, anticonvulsants, substances, compounds never marketed for people) are
 * "excluded" and not counted. Every other dictionary word is clean. Words are matched ignoring case.
 * A brand of a combination takes the most telling label of its ingredients (Percocet: withdrawal).
 * Added after reviewing the screener's flags on unlabelled words, as true class members:
 * acetophenazine and methopromazine (N05AB/N05AA phenothiazines), the investigational beta-blockers
 * draquinolol, ericolol, esprolol, pamatolol, tazolol, tolamolol and the dihydropyridines nicodipine,
 * nitrenidipine.
 */
export type EvaluationLabel = 'trigger' | 'withdrawal' | 'weak' | 'excluded'

export const EVALUATION_LABELS: { label: EvaluationLabel; atc: string; words: string[] }[] = [
  {
    label: 'trigger',
    atc: 'N05A antipsychotic',
    words: ['Abilify', 'Clozaril', 'FazaClo', 'Fanapt', 'Geodon', 'Haldol', 'Invega', 'Risperdal', 'Seroquel', 'Zyprexa', 'Latuda', 'Orap', 'Navane', 'Loxitane', 'Moban', 'Mellaril', 'Serentil', 'Trilafon', 'Stelazine', 'Prolixin', 'Thorazine', 'Sparine', 'Vesprin', 'Tindal', 'Taractan', 'Triperidol', 'Azaperone', 'acepromazine', 'aripiprazole', 'asenapine', 'benperidol', 'bromperidol', 'butaperazine', 'cariprazine', 'chlorpromazine', 'chlorprothixene', 'clopenthixol', 'clothiapine', 'clozapine', 'fluphenazine', 'flupenthixol', 'flupentixol', 'haloperidol', 'iloperidone', 'levomepromazine', 'methotrimeprazine', 'nozinan', 'loxapine', 'lurasidone', 'mesoridazine', 'molindone', 'olanzapine', 'paliperidone', 'perazine', 'periciazine', 'perphenazine', 'pimozide', 'acetophenazine', 'methopromazine', 'pipamperone', 'promazine', 'quetiapine', 'remoxipride', 'risperidone', 'spiperone', 'sulpiride', 'thioproperazine', 'thioridazine', 'thiothixene', 'tiapride', 'trifluoperazine', 'trifluperidol', 'triflupromazine', 'ziprasidone', 'methoxypromazine'],
  },
  {
    label: 'trigger',
    atc: 'N05AN01 lithium (filed by ATC under N05A)',
    words: ['lithium', 'Lithobid', 'Eskalith'],
  },
  {
    label: 'trigger',
    atc: 'N05AB04/A03FA dopamine-blocking antiemetic',
    words: ['prochlorperazine', 'Compazine', 'Compro', 'metoclopramide', 'Reglan', 'trimethobenzamide', 'Tigan', 'thiethylperazine', 'Torecan', 'droperidol', 'Inapsine'],
  },
  {
    label: 'trigger',
    atc: 'N06AB SSRI',
    words: ['citalopram', 'escitalopram', 'fluoxetine', 'paroxetine', 'sertraline', 'fluvoxamine', 'Celexa', 'Lexapro', 'Prozac', 'Sarafem', 'Paxil', 'Pexeva', 'Zoloft', 'Luvox'],
  },
  {
    label: 'trigger',
    atc: 'N06CA03 olanzapine with fluoxetine',
    words: ['Symbyax'],
  },
  {
    label: 'trigger',
    atc: 'N06AX SNRI',
    words: ['venlafaxine', 'desvenlafaxine', 'duloxetine', 'Effexor', 'Pristiq', 'Cymbalta'],
  },
  {
    label: 'trigger',
    atc: 'N06AA tricyclic or tetracyclic antidepressant',
    words: ['amitriptyline', 'nortriptyline', 'imipramine', 'desipramine', 'desmethylimipramine', 'clomipramine', 'doxepin', 'trimipramine', 'protriptyline', 'amoxapine', 'maprotiline', 'lofepramine', 'dothiepin', 'butriptyline', 'Elavil', 'Endep', 'Aventyl', 'Pamelor', 'Tofranil', 'Norpramin', 'Norpramine', 'Anafranil', 'Sinequan', 'Adapin', 'Surmontil', 'Vivactil', 'Asendin', 'Ludiomil'],
  },
  {
    label: 'trigger',
    atc: 'N06CA01 amitriptyline with perphenazine or chlordiazepoxide',
    words: ['Triavil', 'Etrafon', 'Limbitrol'],
  },
  {
    label: 'trigger',
    atc: 'N06AX03/N06AX11 mianserin, mirtazapine',
    words: ['mirtazapine', 'mianserin', 'Remeron'],
  },
  {
    label: 'trigger',
    atc: 'R06A sedating H1 antihistamine',
    words: ['diphenhydramine', 'benzhydramine', 'bromodiphenhydramine', 'Benadryl', 'Sominex', 'doxylamine', 'chlorpheniramine', 'chlortrimeton', 'Teldrin', 'brompheniramine', 'Dimetane', 'dimetapp', 'dexchlorpheniramine', 'Polaramine', 'dexbrompheniramine', 'pheniramine', 'carbinoxamine', 'clemastine', 'Tavist', 'cyproheptadine', 'Periactin', 'azatadine', 'Optimine', 'hydroxyzine', 'Atarax', 'Vistaril', 'promethazine', 'Phenergan', 'Promethegan', 'trimeprazine', 'Temaril', 'methdilazine', 'Tacaryl', 'tripelennamine', 'PBZ', 'pyrilamine', 'mepyramine', 'triprolidine', 'actifed', 'phenindamine', 'chlorphenoxamine', 'Rynatan'],
  },
  {
    label: 'trigger',
    atc: 'R06AE/R06AA travel-sickness antihistamine (incl. N07CA02 cinnarizine)',
    words: ['meclizine', 'Antivert', 'Bonine', 'cyclizine', 'Marezine', 'buclizine', 'chlorcyclizine', 'dimenhydrinate', 'Dramamine', 'cinnarizine'],
  },
  {
    label: 'withdrawal',
    atc: 'N02A opioid',
    words: ['fentanyl', 'Actiq', 'Fentora', 'Duragesic', 'Sublimaze', 'Onsolis', 'alfentanil', 'Alfenta', 'sufentanil', 'Sufenta', 'TRANSDUR-Sufentanil', 'remifentanil', 'Ultiva', 'carfentanil', 'morphine', 'DepoMorphine', 'Kadian', 'Avinza', 'Roxanol', 'Oramorph', 'hydromorphone', 'Dilaudid', 'Palladone', 'oxymorphone', 'Opana', 'Numorphan', 'oxycodone', 'OxyContin', 'Roxicodone', 'Percocet', 'Percodan', 'Endocet', 'Endodan', 'Roxicet', 'Tylox', 'Combunox', 'Magnacet', 'Endocodone', 'hydrocodone', 'Vicodin', 'Lortab', 'Lorcet', 'Anexsia', 'Zydone', 'Vicoprofen', 'Hycodan', 'Tussionex', 'codeine', 'dihydrocodeine', 'butorphanol', 'Stadol', 'nalbuphine', 'Nubain', 'pentazocine', 'Talwin', 'Talacen', 'meperidine', 'pethidine', 'Demerol', 'levorphanol', 'Dromoran', 'levo-dromoran', 'propoxyphene', 'dextropropoxyphene', 'Darvon', 'Darvocet', 'tramadol', 'Ultram', 'Ultracet', 'Ryzolt', 'diamorphine', 'diacetylmorphine', 'heroin', 'opium', 'phenazocine', 'Prinadol', 'ketobemidone', 'dezocine'],
  },
  {
    label: 'withdrawal',
    atc: 'N07BC opioid used in dependence',
    words: ['methadone', 'Dolophine', 'Methadose', 'buprenorphine', 'Buprenex', 'Subutex', 'Suboxone', 'BuTrans', 'acetylmethadol'],
  },
  {
    label: 'withdrawal',
    atc: 'N05BA/N05CD/N03AE benzodiazepine',
    words: ['alprazolam', 'Xanax', 'chlordiazepoxide', 'Librium', 'Librax', 'clonazepam', 'Klonopin', 'clorazepate', 'Tranxene', 'diazepam', 'Valium', 'Diastat', 'Diazemuls', 'estazolam', 'ProSom', 'flurazepam', 'Dalmane', 'halazepam', 'Paxipam', 'lorazepam', 'Ativan', 'midazolam', 'Versed', 'oxazepam', 'Serax', 'prazepam', 'Centrax', 'quazepam', 'Doral', 'temazepam', 'Restoril', 'triazolam', 'Halcion', 'clobazam', 'nitrazepam', 'bromazepam', 'flunitrazepam', 'medazepam', 'nordazepam', 'ketazolam', 'bentazepam'],
  },
  {
    label: 'weak',
    atc: 'C07A beta-blocker',
    words: ['acebutolol', 'alprenolol', 'dihydroalprenolol', 'atenolol', 'betaxolol', 'levobetaxolol', 'bisoprolol', 'bucindolol', 'bunitrolol', 'bunolol', 'levobunolol', 'bupranolol', 'carteolol', 'carvedilol', 'celiprolol', 'dexpropranolol', 'esmolol', 'labetalol', 'metipranolol', 'metoprolol', 'nadolol', 'nebivolol', 'oxprenolol', 'penbutolol', 'pindolol', 'practolol', 'propranolol', 'propanolol', 'sotalol', 'timolol', 'tiprenolol', 'draquinolol', 'ericolol', 'esprolol', 'pamatolol', 'tazolol', 'tolamolol', 'Tenormin', 'Tenoretic', 'Lopressor', 'Toprol', 'Inderal', 'InnoPran', 'Betapace', 'Sectral', 'Coreg', 'Corgard', 'Trandate', 'Brevibloc', 'Betaloc', 'Ziac', 'Optipranolol', 'Timoptic', 'Betoptic', 'Zebeta', 'Levatol', 'Kerlone', 'Blocadren'],
  },
  {
    label: 'weak',
    atc: 'C08 calcium-channel blocker',
    words: ['amlodipine', 'felodipine', 'isradipine', 'nicardipine', 'nifedipine', 'nimodipine', 'nisoldipine', 'nitrendipine', 'clevidipine', 'nicodipine', 'nitrenidipine', 'diltiazem', 'verapamil', 'Norvasc', 'Caduet', 'Exforge', 'Lotrel', 'Adalat', 'Procardia', 'Cardene', 'Cardizem', 'Tiazac', 'Calan', 'Isoptin', 'Verelan', 'Nimotop', 'Sular', 'Cleviprex', 'Plendil', 'DynaCirc', 'Covera'],
  },
  {
    label: 'weak',
    atc: 'A02BA H2 blocker',
    words: ['cimetidine', 'ranitidine', 'famotidine', 'nizatidine', 'roxatidine', 'oxmetidine', 'Tagamet', 'zantac', 'Pepcid', 'Axid'],
  },
  {
    label: 'weak',
    atc: 'H03AA thyroid hormone',
    words: ['levothyroxine', 'thyroxine', 'Synthroid', 'Levoxyl', 'Unithroid', 'Tirosint', 'Eltroxin', 'Levothroid', 'Cytomel', 'liothyronine', 'Armour'],
  },
  {
    label: 'excluded',
    atc: 'N04B dopaminergic',
    words: ['levodopa', 'l-dopa', 'Sinemet', 'Stalevo', 'Parcopa', 'Duodopa', 'Mirapex', 'Requip', 'Neupro', 'pramipexole', 'ropinirole', 'rotigotine', 'cabergoline', 'Dostinex', 'apomorphine', 'Zelapar', 'Azilect', 'bromocriptine', 'Parlodel'],
  },
  {
    label: 'excluded',
    atc: 'N03 anticonvulsant the content names',
    words: ['phenytoin', 'Dilantin', 'methsuximide', 'Celontin', 'zonisamide', 'Zonegran'],
  },
  {
    label: 'excluded',
    atc: 'N06AX other antidepressant',
    words: ['trazodone', 'Desyrel', 'vilazodone', 'Viibryd', 'nefazodone', 'Serzone'],
  },
  {
    label: 'excluded',
    atc: 'substance, not a drug class of this evaluation',
    words: ['alcohol', 'beer', 'coffee', 'cola', 'caffeine', 'ethanol', 'nicotine', 'tobacco'],
  },
  {
    label: 'excluded',
    atc: 'investigational or veterinary compound, never marketed for people',
    words: ['clopimozide', 'cloroperone', 'fluspiperone', 'lenperone', 'milenperone', 'seperidol', 'tioperidone', 'metiapine', 'zometapine', 'perlapine', 'raclopride', 'prosulpride', 'talopram', 'nisoxetine', 'ketipramine', 'azipramine', 'intriptyline', 'octriptyline', 'clazolam', 'cyprazepam', 'elfazepam', 'fletazepam', 'oxoguazepam', 'ripazepam', 'sulazepam', 'uldazepam', 'carbazocine', 'cyclazocine', 'ethylketocyclazocine', 'ketazocine', 'moxazocine', 'profadol', 'dehydromorphine', 'desomorphine', 'desoxymorphine', 'dihydromorphine', 'pseudomorphine', 'paramorphine', 'acetomorphine', 'methylmorphine', 'normeperidine', 'normethadone'],
  },
  {
    label: 'excluded',
    atc: 'R05D opioid antitussive',
    words: ['ethylmorphine', 'noscapine', 'levopropoxyphene'],
  },
  {
    label: 'excluded',
    atc: 'other: not in a class the content names',
    words: ['domperidone', 'antazoline', 'flunarizine', 'mephenamine', 'Transderm'],
  },
]
