// Seed data: two agreements, the four source texts in prisma/sources, and every commitment those
// texts report. Each quote is copied character for character from its source file (curly
// apostrophes and en dashes included); tests/unit/seed-provenance.test.ts checks every one.
import type { SeedAgreement, SeedCommitment, SeedSource } from './types';

const CSP = 'vn-uk-csp';
const POA = 'asean-uk-poa-2022-2026';

// Source slugs (file name without .txt).
const VNS = 'vns-csp-joint-statement-talks';
const VNA = 'vna-csp-visit-conclusion';
const SIX = 'csp-six-pillars-report';
const AUKSOM = 'asean-uk-4th-auksom';

// Pillar slugs of the Comprehensive Strategic Partnership, in the order the sources list them.
const P_POLITICS = 'politics-diplomacy-defence-security';
const P_ECONOMY = 'economy-trade-investment-finance';
const P_SCIENCE = 'science-technology-innovation-digital-health';
const P_ENVIRONMENT = 'environment-energy-green-transition';
const P_EDUCATION = 'education-culture-people-to-people';
const P_REGIONAL = 'regional-international-coordination';

// Pillar slugs of the ASEAN-UK Plan of Action.
const P_POLSEC = 'political-security';
const P_ECONOMIC = 'economic';
const P_SOCIO = 'socio-cultural';
const P_CROSS = 'cross-pillar';

/** Signing day of the Joint Statement and of the documents signed alongside it. */
const CSP_DATE = '2025-10-29';
/** Day of the 4th ASEAN-UK Senior Officials’ Meeting in Da Nang. */
const AUKSOM_DATE = '2025-04-10';

// How initial reasons name the sources.
const FROM_VNS = 'Seeded from the Joint Statement of 29 October 2025 as reported by Việt Nam News';
const FROM_VNA = 'Seeded from the Vietnam News Agency report of 31 October 2025 on the Joint Statement';
const FROM_SIX = 'the report on the six pillars (photo by VNA)';
const FROM_AUKSOM =
  'Seeded from the ASEAN report of the 4th ASEAN-UK Senior Officials’ Meeting (Da Nang, 10 April 2025)';

export const sources: SeedSource[] = [
  {
    slug: VNS,
    fileName: `${VNS}.txt`,
    title:
      'Tô Lâm and Keir Starmer hold talks and issue a Joint Statement upgrading Việt Nam–UK ties to a Comprehensive Strategic Partnership',
    publisher: 'Việt Nam News (VNS)',
    // The text dates the talks "29 October" but gives neither a year nor a publication date.
    publishedOn: null,
    language: 'en',
    reportsOn: CSP_DATE,
    agreement: CSP,
  },
  {
    slug: VNA,
    fileName: `${VNA}.txt`,
    title:
      'General Secretary Tô Lâm concludes his official visit to the UK: the six pillars and commitments of the Comprehensive Strategic Partnership',
    publisher: 'Vietnam News Agency (VNA)',
    publishedOn: '2025-10-31',
    language: 'en',
    reportsOn: '2025-10-31',
    agreement: CSP,
  },
  {
    slug: SIX,
    fileName: `${SIX}.txt`,
    title:
      'The six pillars of the Vietnam–UK Comprehensive Strategic Partnership and the To Lam–Starmer talks',
    // The text names no outlet; it only credits its photo to VNA.
    publisher: 'Unnamed outlet (photo by VNA)',
    publishedOn: null,
    language: 'en',
    // Undated; it reports the talks of 29 October 2025.
    reportsOn: CSP_DATE,
    agreement: CSP,
  },
  {
    slug: AUKSOM,
    fileName: `${AUKSOM}.txt`,
    title: 'Report of the 4th ASEAN-UK Senior Officials’ Meeting (AUKSOM), Da Nang, 10 April 2025',
    publisher: 'ASEAN (meeting report)',
    // 10 April 2025 is the meeting date; the text does not say when the report was published.
    publishedOn: null,
    language: 'en',
    reportsOn: AUKSOM_DATE,
    agreement: POA,
  },
];

export const agreements: SeedAgreement[] = [
  {
    slug: CSP,
    titleEn: 'Viet Nam–UK Comprehensive Strategic Partnership: Joint Statement of 29 October 2025',
    titleVi:
      'Tuyên bố chung về quan hệ Đối tác Chiến lược Toàn diện Việt Nam – Vương quốc Anh ngày 29/10/2025',
    parties: 'Viet Nam; United Kingdom',
    kind: 'JOINT_STATEMENT',
    signedOn: CSP_DATE,
    // A joint statement is issued and adopted by the leaders, not signed.
    dateKind: 'ADOPTED',
    summaryEn:
      'Joint Statement issued by Party General Secretary Tô Lâm and Prime Minister Keir Starmer in London on 29 October 2025, during Tô Lâm’s official visit to the UK. It upgrades relations from the Strategic Partnership of 2010 to a Comprehensive Strategic Partnership and organises cooperation in six pillars.',
    summaryVi:
      'Tuyên bố chung do Tổng Bí thư Tô Lâm và Thủ tướng Keir Starmer ra ngày 29/10/2025 tại London, trong chuyến thăm chính thức Vương quốc Anh của Tổng Bí thư. Văn kiện nâng cấp quan hệ hai nước từ Đối tác Chiến lược (thiết lập năm 2010) lên Đối tác Chiến lược Toàn diện, với hợp tác được triển khai trên sáu trụ cột.',
    pillars: [
      {
        slug: P_POLITICS,
        nameEn: 'Politics, diplomacy, defence and security',
        nameVi: 'Chính trị, ngoại giao, quốc phòng và an ninh',
      },
      {
        slug: P_ECONOMY,
        nameEn: 'Economy, trade, investment and finance',
        nameVi: 'Kinh tế, thương mại, đầu tư và tài chính',
      },
      {
        slug: P_SCIENCE,
        nameEn: 'Science, technology, innovation, digital transformation and health',
        nameVi: 'Khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và y tế',
      },
      {
        slug: P_ENVIRONMENT,
        nameEn: 'Environment, energy and green transition',
        nameVi: 'Môi trường, năng lượng và chuyển đổi xanh',
      },
      {
        slug: P_EDUCATION,
        nameEn:
          'Education, culture, sports, tourism, people-to-people exchanges, gender equality and other areas',
        nameVi:
          'Giáo dục, văn hóa, thể thao, du lịch, giao lưu nhân dân, bình đẳng giới và các lĩnh vực khác',
      },
      {
        slug: P_REGIONAL,
        nameEn: 'Coordination on regional and international issues',
        nameVi: 'Phối hợp về các vấn đề khu vực và quốc tế',
      },
    ],
  },
  {
    slug: POA,
    titleEn: 'ASEAN-UK Plan of Action 2022–2026',
    titleVi: 'Kế hoạch Hành động ASEAN – Vương quốc Anh giai đoạn 2022–2026',
    parties: 'ASEAN; United Kingdom',
    kind: 'PLAN_OF_ACTION',
    // Not the adoption date (the sources do not give it): the date of the review meeting.
    signedOn: AUKSOM_DATE,
    dateKind: 'REVIEWED',
    summaryEn:
      'Plan of action of the ASEAN-UK Dialogue Partnership for 2022–2026. The date shown is not the adoption date but the review date: on 10 April 2025 the 4th ASEAN-UK Senior Officials’ Meeting in Da Nang found nearly 95 per cent of its initiatives completed or in progress and agreed to build on it with a successor document for the period beyond 2026.',
    summaryVi:
      'Kế hoạch hành động của quan hệ Đối tác Đối thoại ASEAN – Vương quốc Anh giai đoạn 2022–2026. Ngày ghi ở đây không phải ngày thông qua mà là ngày rà soát: ngày 10/4/2025, Hội nghị Quan chức Cao cấp ASEAN – Vương quốc Anh lần thứ 4 tại Đà Nẵng ghi nhận gần 95% sáng kiến đã hoàn thành hoặc đang triển khai và nhất trí xây dựng văn kiện kế nhiệm cho giai đoạn sau năm 2026.',
    pillars: [
      { slug: P_POLSEC, nameEn: 'Political-security', nameVi: 'Chính trị – An ninh' },
      { slug: P_ECONOMIC, nameEn: 'Economic', nameVi: 'Kinh tế' },
      { slug: P_SOCIO, nameEn: 'Socio-cultural', nameVi: 'Văn hóa – Xã hội' },
      { slug: P_CROSS, nameEn: 'Cross-pillar', nameVi: 'Hợp tác liên trụ cột' },
    ],
  },
];

// Quotes used by more than one commitment.
const Q_SECURITY_VNS =
  'Regarding security and defence cooperation, both sides agreed to diversify cooperation, combat illegal migration, and enhance collaboration on peacekeeping operations and training.';
const Q_SECURITY_SIX =
  'Regarding security and defense cooperation, both sides agreed on the need to diversify collaboration, jointly address illegal migration, and enhance defense collaboration in peacekeeping and training.';
const Q_SIGNINGS_VNS =
  'Both sides underlined that the issuance of the Joint Statement and the signing of cooperation agreements in areas such as economy, green finance, education–training, healthcare, clean and renewable energy, and local cooperation during General Secretary Tô Lâm’s visit are of great significance, laying a foundation for deepening bilateral relations.';
const Q_UKVFTA_CPTPP_VNS =
  'Prime Minister Starmer expressed his desire to strengthen comprehensive bilateral cooperation, especially within the frameworks of the UK–Việt Nam Free Trade Agreement (UKVFTA) and the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP).';
const Q_UKVFTA_CPTPP_SIX =
  'PM Starmer expressed his desire to work with Vietnam to advance the comprehensive development of bilateral relations, especially within the frameworks of the U.K.–Vietnam Free Trade Agreement (UKVFTA) and the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP).';

const cspCommitments: SeedCommitment[] = [
  // ── Politics, diplomacy, defence and security ──────────────────────────────────────────────
  {
    slug: 'implement-comprehensive-strategic-partnership',
    agreement: CSP,
    pillar: P_POLITICS,
    titleEn: 'Work closely together to implement the Comprehensive Strategic Partnership',
    titleVi: 'Phối hợp chặt chẽ để triển khai hiệu quả khuôn khổ Đối tác Chiến lược Toàn diện',
    descriptionEn:
      'The two leaders agreed to work closely to implement the new partnership framework effectively, enhancing cooperation across its six pillars.',
    descriptionVi:
      'Hai nhà lãnh đạo nhất trí phối hợp chặt chẽ để triển khai hiệu quả khuôn khổ đối tác mới, tăng cường hợp tác trên cả sáu trụ cột.',
    responsibleParty: 'BOTH',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNS}: “The two leaders agreed to work closely together to implement the new partnership framework effectively.” The framework was only just adopted, so implementation is recorded as not started.`,
    quotes: [
      {
        source: VNS,
        quote:
          'The two leaders agreed to work closely together to implement the new partnership framework effectively.',
      },
      {
        source: VNS,
        quote:
          'He stated that Việt Nam is ready to work closely with the UK to elevate cooperation in key pillars such as politics–diplomacy, defence–security, science–technology and digital transformation, finance–banking, education–training, environment and climate response, culture, and people-to-people exchanges.',
      },
      { source: VNA, quote: 'Accordingly, the two sides will enhance cooperation across six key pillars' },
      { source: SIX, quote: 'The partnership aims to strengthen six key pillars of cooperation' },
    ],
  },
  {
    slug: 'parliamentary-cooperation',
    agreement: CSP,
    pillar: P_POLITICS,
    titleEn: 'Intensify exchanges between the two parliaments, their committees and groups',
    titleVi: 'Tăng cường giao lưu, hợp tác giữa cơ quan lập pháp hai nước',
    descriptionEn:
      'Intensify exchanges between parliamentary bodies, specialised committees and parliamentary groups, share experience in legislative oversight, monitor how bilateral agreements are implemented and coordinate at multilateral parliamentary forums.',
    descriptionVi:
      'Tăng cường giao lưu, hợp tác giữa các cơ quan, ủy ban chuyên môn và nhóm nghị sĩ của hai nước; chia sẻ kinh nghiệm giám sát và hoạt động nghị viện; tăng cường giám sát việc thực hiện các thỏa thuận song phương và phối hợp tại các diễn đàn nghị viện đa phương.',
    responsibleParty: 'BOTH',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNA}, which says the two sides “agreed to intensify exchanges and cooperation between parliament agencies and specialised committees, and parliamentary groups”. The report describes no step taken yet.`,
    quotes: [
      {
        source: VNA,
        quote:
          'In their joint declaration, the two sides also agreed to intensify exchanges and cooperation between parliament agencies and specialised committees, and parliamentary groups; to share experience in legislative oversight and parliamentary work; to enhance monitoring and coordination in implementing bilateral agreements; and to strengthen consultations, exchange of views and coordination at multilateral parliamentary forums in which both sides participate.',
      },
    ],
  },
  {
    slug: 'pm-starmer-visit-viet-nam',
    agreement: CSP,
    pillar: P_POLITICS,
    titleEn: 'UK Prime Minister Keir Starmer to visit Viet Nam',
    titleVi: 'Thủ tướng Anh Keir Starmer thăm Việt Nam',
    descriptionEn:
      'General Secretary Tô Lâm invited Prime Minister Keir Starmer to visit Viet Nam soon, and the Prime Minister accepted. No date has been announced.',
    descriptionVi:
      'Tổng Bí thư Tô Lâm mời Thủ tướng Keir Starmer sớm thăm Việt Nam và Thủ tướng đã vui vẻ nhận lời. Thời gian chuyến thăm chưa được công bố.',
    responsibleParty: 'UK',
    kind: 'MILESTONE',
    deadlineTextEn: 'soon',
    deadlineTextVi: 'sớm',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNS}: Tô Lâm “invited the Prime Minister to visit Việt Nam soon” and “Prime Minister Starmer gratefully accepted the invitation.” The visit has not yet taken place.`,
    quotes: [
      {
        source: VNS,
        quote:
          'On behalf of Việt Nam’s Party and State leaders, General Secretary Tô Lâm conveyed warm greetings to Prime Minister Keir Starmer and other senior UK leaders, and invited the Prime Minister to visit Việt Nam soon.',
      },
      { source: VNS, quote: 'Prime Minister Starmer gratefully accepted the invitation.' },
    ],
    milestones: [
      { titleEn: 'Prime Minister Starmer visits Viet Nam', titleVi: 'Thủ tướng Keir Starmer thăm Việt Nam' },
    ],
  },
  {
    slug: 'mou-combating-international-fraud',
    agreement: CSP,
    pillar: P_POLITICS,
    titleEn: 'Sign an MoU on preventing and combating international fraud',
    titleVi: 'Ký Bản ghi nhớ hợp tác phòng, chống lừa đảo quốc tế',
    descriptionEn:
      'Viet Nam’s Ministry of Public Security and the UK Home Office signed a Memorandum of Understanding on Cooperation in Preventing and Combating International Fraud during the visit.',
    descriptionVi:
      'Bộ Công an Việt Nam và Bộ Nội vụ Anh đã ký Bản ghi nhớ về hợp tác phòng ngừa và đấu tranh chống lừa đảo quốc tế nhân dịp chuyến thăm.',
    responsibleParty: 'BOTH',
    kind: 'MILESTONE',
    status: 'ACHIEVED',
    progress: 100,
    initialReason: `${FROM_VNS}: at the talks the Ministry of Public Security and the UK Home Office “signed a Memorandum of Understanding on Cooperation in Preventing and Combating International Fraud”. The signing is the deliverable, so it is recorded as achieved.`,
    quotes: [
      {
        source: VNS,
        quote:
          'On this occasion, the Ministry of Public Security of Việt Nam and the UK Home Office signed a Memorandum of Understanding on Cooperation in Preventing and Combating International Fraud',
      },
    ],
    milestones: [
      {
        titleEn: 'MoU signed by the Ministry of Public Security and the UK Home Office',
        titleVi: 'Bộ Công an Việt Nam và Bộ Nội vụ Anh ký Bản ghi nhớ',
        doneDate: CSP_DATE,
      },
    ],
  },
  {
    slug: 'combat-illegal-migration',
    agreement: CSP,
    pillar: P_POLITICS,
    titleEn: 'Combat illegal migration under the Plan to Enhance Cooperation on Migration Issues',
    titleVi: 'Phối hợp chống di cư bất hợp pháp theo Kế hoạch tăng cường hợp tác về vấn đề di cư',
    descriptionEn:
      'Both sides agreed to jointly combat illegal migration. Viet Nam’s Ministry of Public Security and the UK Home Office signed a Plan to Enhance Cooperation on Migration Issues during the visit.',
    descriptionVi:
      'Hai bên nhất trí cùng phối hợp chống di cư bất hợp pháp. Bộ Công an Việt Nam và Bộ Nội vụ Anh đã ký Kế hoạch tăng cường hợp tác về vấn đề di cư nhân dịp chuyến thăm.',
    responsibleParty: 'BOTH',
    kind: 'QUALITATIVE',
    status: 'IN_PROGRESS',
    initialReason: `${FROM_VNS}, which reports that both sides agreed to “combat illegal migration” and that the Ministry of Public Security and the UK Home Office signed “a Plan to Enhance Cooperation on Migration Issues”. The signed plan is a first concrete step, so the commitment is in progress; the plan’s own results are not yet reported (also reported by ${FROM_SIX}).`,
    quotes: [
      { source: VNS, quote: Q_SECURITY_VNS },
      {
        source: VNS,
        quote:
          'the Ministry of Public Security of Việt Nam and the UK Home Office signed a Memorandum of Understanding on Cooperation in Preventing and Combating International Fraud and a Plan to Enhance Cooperation on Migration Issues.',
      },
      { source: SIX, quote: Q_SECURITY_SIX },
    ],
    milestones: [
      {
        titleEn: 'Plan to Enhance Cooperation on Migration Issues signed',
        titleVi: 'Ký Kế hoạch tăng cường hợp tác về vấn đề di cư',
        doneDate: CSP_DATE,
      },
    ],
  },
  {
    slug: 'peacekeeping-training-defence-cooperation',
    agreement: CSP,
    pillar: P_POLITICS,
    titleEn: 'Diversify defence cooperation, including on peacekeeping operations and training',
    titleVi: 'Đa dạng hóa hợp tác quốc phòng, trong đó có gìn giữ hòa bình và đào tạo',
    descriptionEn:
      'Both sides agreed to diversify security and defence cooperation and to enhance collaboration on peacekeeping operations and training.',
    descriptionVi:
      'Hai bên nhất trí đa dạng hóa hợp tác an ninh – quốc phòng, tăng cường hợp tác trong hoạt động gìn giữ hòa bình và đào tạo.',
    responsibleParty: 'BOTH',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNS}: both sides agreed to “enhance collaboration on peacekeeping operations and training” (also reported by ${FROM_SIX}). No concrete activity is reported yet.`,
    quotes: [
      { source: VNS, quote: Q_SECURITY_VNS },
      { source: SIX, quote: Q_SECURITY_SIX },
    ],
  },

  // ── Economy, trade, investment and finance ────────────────────────────────────────────────
  {
    slug: 'double-bilateral-trade',
    agreement: CSP,
    pillar: P_ECONOMY,
    titleEn: 'Double bilateral trade between Viet Nam and the UK',
    titleVi: 'Tăng gấp đôi kim ngạch thương mại song phương Việt Nam – Vương quốc Anh',
    descriptionEn:
      'The two leaders set a goal of doubling two-way trade turnover. The sources give neither a target year nor a baseline figure.',
    descriptionVi:
      'Hai nhà lãnh đạo đặt mục tiêu tăng gấp đôi kim ngạch thương mại hai chiều. Các nguồn không nêu năm cụ thể cũng như số liệu gốc.',
    responsibleParty: 'BOTH',
    kind: 'NUMERIC_TARGET',
    metric: { unit: '× 2025 trade turnover', baselineValue: 1, targetValue: 2 },
    deadlineTextEn: 'in the near future',
    deadlineTextVi: 'trong thời gian tới',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNS}: “The two leaders set a goal to double bilateral trade turnover in the near future.” The report on the six pillars (photo by VNA) says “in the coming time”. No deadline, baseline figure or trade data is given, so no progress is recorded.`,
    quotes: [
      {
        source: VNS,
        quote: 'The two leaders set a goal to double bilateral trade turnover in the near future.',
      },
      { source: SIX, quote: 'The two leaders agreed to double two-way trade in the coming time.' },
    ],
  },
  {
    slug: 'ukvfta-cptpp-cooperation',
    agreement: CSP,
    pillar: P_ECONOMY,
    titleEn: 'Strengthen cooperation under the UKVFTA and the CPTPP',
    titleVi: 'Tăng cường hợp tác trong khuôn khổ UKVFTA và CPTPP',
    descriptionEn:
      'Deepen comprehensive bilateral cooperation, especially within the UK–Viet Nam Free Trade Agreement (UKVFTA) and the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP).',
    descriptionVi:
      'Thúc đẩy hợp tác song phương toàn diện, đặc biệt trong khuôn khổ Hiệp định Thương mại Tự do Việt Nam – Vương quốc Anh (UKVFTA) và Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP).',
    responsibleParty: 'BOTH',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNS}: Prime Minister Starmer “expressed his desire to strengthen comprehensive bilateral cooperation, especially within the frameworks of” the UKVFTA and the CPTPP (also reported by ${FROM_SIX}). No specific step is reported.`,
    quotes: [
      { source: VNS, quote: Q_UKVFTA_CPTPP_VNS },
      { source: SIX, quote: Q_UKVFTA_CPTPP_SIX },
    ],
  },
  {
    slug: 'cptpp-ecommerce-financial-services',
    agreement: CSP,
    pillar: P_ECONOMY,
    titleEn: 'Support cooperation on e-commerce and financial services within the CPTPP',
    titleVi: 'Ủng hộ hợp tác về thương mại điện tử và dịch vụ tài chính trong khuôn khổ CPTPP',
    descriptionEn:
      'The UK Prime Minister hoped that Viet Nam will continue supporting cooperation in e-commerce and financial services within the CPTPP. The source reports this as a UK hope rather than a pledge by Viet Nam.',
    descriptionVi:
      'Thủ tướng Anh mong muốn Việt Nam tiếp tục ủng hộ hợp tác về thương mại điện tử và dịch vụ tài chính trong khuôn khổ Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP). Nguồn tin ghi nhận đây là mong muốn của phía Anh, chưa phải cam kết của Việt Nam.',
    responsibleParty: 'VIET_NAM',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `Seeded from ${FROM_SIX}: “The British PM expressed his hope that Vietnam will continue supporting cooperation in e-commerce and financial services within the CPTPP framework.” It is a hope voiced by the UK, with no reported response or action from Viet Nam.`,
    quotes: [
      {
        source: SIX,
        quote:
          'The British PM expressed his hope that Vietnam will continue supporting cooperation in e-commerce and financial services within the CPTPP framework.',
      },
    ],
  },
  {
    slug: 'british-investment-in-viet-nam',
    agreement: CSP,
    pillar: P_ECONOMY,
    titleEn: 'Encourage British businesses to invest and expand cooperation in Viet Nam',
    titleVi: 'Khuyến khích doanh nghiệp Anh tăng cường đầu tư và hợp tác tại Việt Nam',
    descriptionEn:
      'The UK Government will encourage British enterprises to invest and expand their cooperation in Viet Nam.',
    descriptionVi: 'Chính phủ Anh sẽ khuyến khích doanh nghiệp Anh đầu tư và mở rộng hợp tác tại Việt Nam.',
    responsibleParty: 'UK',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNS}: the UK Government will “encourage British enterprises to invest and expand cooperation in Việt Nam” (also reported by ${FROM_SIX}). No measure or result is reported yet.`,
    quotes: [
      { source: VNS, quote: 'encourage British enterprises to invest and expand cooperation in Việt Nam' },
      {
        source: SIX,
        quote: 'while encouraging British enterprises to enhance investment and cooperation in Vietnam',
      },
    ],
  },
  {
    slug: 'international-financial-centres-hcmc-da-nang',
    agreement: CSP,
    pillar: P_ECONOMY,
    titleEn: 'Cooperate on Viet Nam’s International Financial Centre in Ho Chi Minh City and Da Nang',
    titleVi: 'Hợp tác phát triển Trung tâm Tài chính Quốc tế tại TP. Hồ Chí Minh và Đà Nẵng',
    descriptionEn:
      'Boost cooperation in developing financial hubs, including Viet Nam’s International Financial Centre in Ho Chi Minh City and Da Nang, under a Vietnam–UK international financial centre partnership.',
    descriptionVi:
      'Đẩy mạnh hợp tác phát triển các trung tâm tài chính, trong đó có Trung tâm Tài chính Quốc tế Việt Nam tại TP. Hồ Chí Minh và Đà Nẵng, trong khuôn khổ quan hệ đối tác Việt Nam – Vương quốc Anh về trung tâm tài chính quốc tế.',
    responsibleParty: 'BOTH',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNA}: “The two countries consented to boost collaboration in developing financial hubs, including Vietnam’s International Financial Centre in Ho Chi Minh City and Da Nang”. No concrete step is reported.`,
    quotes: [
      {
        source: VNA,
        quote:
          'The two countries consented to boost collaboration in developing financial hubs, including Vietnam’s International Financial Centre in Ho Chi Minh City and Da Nang, under the framework of the Vietnam–UK international financial centre partnership.',
      },
    ],
  },
  {
    slug: 'green-finance-mobilisation',
    agreement: CSP,
    pillar: P_ECONOMY,
    titleEn: 'Mobilise green finance and bring green financial tools to Viet Nam',
    titleVi: 'Huy động tài chính xanh và triển khai các công cụ tài chính xanh tại Việt Nam',
    descriptionEn:
      'Deepen cooperation in mobilising green finance for low-emission, sustainable growth, share expertise and implement green financial tools in Viet Nam.',
    descriptionVi:
      'Tăng cường hợp tác huy động tài chính xanh để thúc đẩy tăng trưởng bền vững, phát thải thấp; chia sẻ kinh nghiệm và triển khai các công cụ tài chính xanh tại Việt Nam.',
    responsibleParty: 'BOTH',
    kind: 'QUALITATIVE',
    status: 'IN_PROGRESS',
    initialReason: `${FROM_VNA}: the two sides “agreed to deepen cooperation in mobilising green finance”. Việt Nam News reports that cooperation agreements on green finance were signed during the visit, a first concrete step, so the commitment is in progress; no financing figures are given.`,
    quotes: [
      {
        source: VNA,
        quote:
          'Vietnam and the UK agreed to deepen cooperation in mobilising green finance to promote low-emission, sustainable growth; share expertise and implement green financial tools in Vietnam.',
      },
      { source: VNS, quote: Q_SIGNINGS_VNS },
    ],
  },

  // ── Science, technology, innovation, digital transformation and health ─────────────────────
  {
    slug: 'science-technology-innovation-mou-2025',
    agreement: CSP,
    pillar: P_SCIENCE,
    titleEn: 'Implement the 2025 MoU on science, technology and innovation cooperation',
    titleVi: 'Triển khai Bản ghi nhớ năm 2025 về hợp tác khoa học, công nghệ và đổi mới sáng tạo',
    descriptionEn:
      'Both sides pledged to implement effectively the 2025 Memorandum of Understanding on science, technology and innovation cooperation.',
    descriptionVi:
      'Hai bên cam kết triển khai hiệu quả Bản ghi nhớ năm 2025 về hợp tác khoa học, công nghệ và đổi mới sáng tạo.',
    responsibleParty: 'BOTH',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNA}: “Both sides also pledged to effectively implement the 2025 Memorandum of Understanding on science, technology, and innovation cooperation.” The memorandum exists, but no implementation step is reported.`,
    quotes: [
      {
        source: VNA,
        quote:
          'Both sides also pledged to effectively implement the 2025 Memorandum of Understanding on science, technology, and innovation cooperation.',
      },
    ],
  },
  {
    slug: 'digital-transformation-healthcare-cooperation',
    agreement: CSP,
    pillar: P_SCIENCE,
    titleEn: 'Boost cooperation on science, technology, digital transformation and healthcare',
    titleVi: 'Đẩy mạnh hợp tác khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số và y tế',
    descriptionEn:
      'Boost cooperation in science and technology, innovation, digital transformation and healthcare, where the leaders see great potential, including in digital industry development.',
    descriptionVi:
      'Đẩy mạnh hợp tác về khoa học và công nghệ, đổi mới sáng tạo, chuyển đổi số và y tế — những lĩnh vực hai nhà lãnh đạo đánh giá còn nhiều tiềm năng, trong đó có phát triển công nghiệp số.',
    responsibleParty: 'BOTH',
    kind: 'QUALITATIVE',
    status: 'IN_PROGRESS',
    initialReason: `${FROM_VNA}: the two sides will work on “boosting cooperation in science and technology, innovation, digital transformation and healthcare”. Việt Nam News reports that cooperation agreements on healthcare were signed during the visit, a first concrete step, so the commitment is in progress.`,
    quotes: [
      {
        source: VNA,
        quote:
          'boosting cooperation in science and technology, innovation, digital transformation and healthcare',
      },
      {
        source: VNS,
        quote:
          'Both leaders agreed that the two countries have great potential for cooperation in the new period, particularly in green and sustainable economic and energy transformation, digital industry development, and high-quality human resource training.',
      },
      { source: VNS, quote: Q_SIGNINGS_VNS },
    ],
  },

  // ── Environment, energy and green transition ─────────────────────────────────────────────
  {
    slug: 'uk-support-net-zero-2050',
    agreement: CSP,
    pillar: P_ENVIRONMENT,
    titleEn: 'UK support for Viet Nam’s net-zero emissions target by 2050',
    titleVi: 'Vương quốc Anh hỗ trợ Việt Nam đạt mục tiêu phát thải ròng bằng 0 vào năm 2050',
    descriptionEn:
      'The UK Government stands ready to help Viet Nam achieve its commitment to net-zero emissions by 2050.',
    descriptionVi:
      'Chính phủ Anh sẵn sàng hỗ trợ Việt Nam thực hiện cam kết đưa mức phát thải ròng về 0 vào năm 2050.',
    responsibleParty: 'UK',
    kind: 'QUALITATIVE',
    deadline: '2050-12-31',
    deadlineTextEn: 'by 2050',
    deadlineTextVi: 'đến năm 2050',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNS}: the UK Government “is ready to assist Việt Nam in achieving its net-zero emissions target by 2050” (also reported by ${FROM_SIX}). The offer is forward-looking and no specific support is reported yet.`,
    quotes: [
      {
        source: VNS,
        quote:
          'He affirmed that the UK Government is ready to assist Việt Nam in achieving its net-zero emissions target by 2050',
      },
      {
        source: SIX,
        quote:
          'He stressed that the U.K. Government stands ready to support Vietnam in achieving its commitment to net-zero emissions by 2050',
      },
    ],
  },
  {
    slug: 'jetp-implementation-support',
    agreement: CSP,
    pillar: P_ENVIRONMENT,
    titleEn: 'UK support for implementing the Just Energy Transition Partnership (JETP)',
    titleVi: 'Vương quốc Anh hỗ trợ triển khai Đối tác Chuyển đổi Năng lượng Công bằng (JETP)',
    descriptionEn:
      'The UK committed to help Viet Nam implement the Just Energy Transition Partnership (JETP).',
    descriptionVi:
      'Vương quốc Anh cam kết hỗ trợ Việt Nam triển khai Đối tác Chuyển đổi Năng lượng Công bằng (JETP).',
    responsibleParty: 'UK',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNS}: the UK will “support the implementation of the Just Energy Transition Partnership (JETP)” (also reported by ${FROM_SIX}). The sources report the pledge but no UK support delivered under it.`,
    quotes: [
      { source: VNS, quote: 'support the implementation of the Just Energy Transition Partnership (JETP).' },
      {
        source: SIX,
        quote:
          'He affirmed the U.K.’s commitment to assisting Vietnam in implementing the Just Energy Transition Partnership (JETP).',
      },
    ],
  },
  {
    slug: 'vietnam-uk-clean-energy-partnership',
    agreement: CSP,
    pillar: P_ENVIRONMENT,
    titleEn: 'Establish the Vietnam–UK clean energy partnership',
    titleVi: 'Thiết lập Đối tác Năng lượng sạch Việt Nam – Vương quốc Anh',
    descriptionEn:
      'Set up a clean energy partnership between Viet Nam’s Ministry of Industry and Trade and relevant British agencies to speed the transition to a low-carbon, climate-resilient economy in both countries.',
    descriptionVi:
      'Thiết lập quan hệ đối tác năng lượng sạch giữa Bộ Công Thương Việt Nam và các cơ quan liên quan của Anh nhằm đẩy nhanh quá trình chuyển đổi sang nền kinh tế các-bon thấp, có khả năng chống chịu với biến đổi khí hậu ở cả hai nước.',
    responsibleParty: 'BOTH',
    kind: 'MILESTONE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNA}: “The two countries concurred to establish the Vietnam–UK clean energy partnership”. Việt Nam News reports that agreements on clean and renewable energy were signed during the visit, but no source says the partnership itself has been established.`,
    quotes: [
      {
        source: VNA,
        quote:
          'The two countries concurred to establish the Vietnam–UK clean energy partnership between Vietnam’s Ministry of Industry and Trade and relevant British agencies to accelerate the transition toward a low-carbon, climate-resilient economy in both nations.',
      },
    ],
    milestones: [
      {
        titleEn: 'Partnership established between Viet Nam’s Ministry of Industry and Trade and UK agencies',
        titleVi: 'Thành lập quan hệ đối tác giữa Bộ Công Thương Việt Nam và các cơ quan liên quan của Anh',
      },
    ],
  },

  // ── Education, culture, sports, tourism, people-to-people exchanges, gender equality ───────
  {
    slug: 'english-second-language-2035',
    agreement: CSP,
    pillar: P_EDUCATION,
    titleEn: 'English as the second language in Vietnamese schools by 2035, with UK support',
    titleVi: 'Đưa tiếng Anh trở thành ngôn ngữ thứ hai trong trường học Việt Nam vào năm 2035',
    descriptionEn:
      'The UK reaffirmed its continued support for English language teaching and training in Viet Nam, aiming to make English the second language in Vietnamese schools by 2035.',
    descriptionVi:
      'Vương quốc Anh tái khẳng định tiếp tục hỗ trợ Việt Nam thúc đẩy việc dạy và học tiếng Anh, hướng tới đưa tiếng Anh trở thành ngôn ngữ thứ hai trong trường học Việt Nam vào năm 2035.',
    responsibleParty: 'BOTH',
    kind: 'MILESTONE',
    deadline: '2035-12-31',
    deadlineTextEn: 'by 2035',
    deadlineTextVi: 'đến năm 2035',
    status: 'IN_PROGRESS',
    initialReason: `${FROM_VNA}: “The UK reaffirmed its continued support for Vietnam in promoting English language teaching and training, aiming to make English the second language in Vietnamese schools by 2035”. “Continued support” shows UK support already under way; no measure of progress toward the 2035 goal is given.`,
    quotes: [
      {
        source: VNA,
        quote:
          'The UK reaffirmed its continued support for Vietnam in promoting English language teaching and training, aiming to make English the second language in Vietnamese schools by 2035',
      },
    ],
  },
  {
    slug: 'education-human-resources-development',
    agreement: CSP,
    pillar: P_EDUCATION,
    titleEn: 'Develop human resources through Vietnamese–UK education partnerships',
    titleVi: 'Phát triển nguồn nhân lực thông qua hợp tác giữa cơ sở giáo dục Việt Nam và đối tác Anh',
    descriptionEn:
      'Enhance human resources development, including high-quality training, through cooperation between Vietnamese educational institutions and UK organisations.',
    descriptionVi:
      'Tăng cường phát triển nguồn nhân lực, trong đó có đào tạo nhân lực chất lượng cao, thông qua hợp tác giữa các cơ sở giáo dục Việt Nam và các tổ chức của Anh.',
    responsibleParty: 'BOTH',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNA}, which lists “enhancing human resources development through cooperation between Vietnamese educational institutions and UK organisations”. No specific programme is reported yet.`,
    quotes: [
      {
        source: VNA,
        quote:
          'enhancing human resources development through cooperation between Vietnamese educational institutions and UK organisations',
      },
    ],
  },
  {
    slug: 'culture-sports-tourism-people-exchanges',
    agreement: CSP,
    pillar: P_EDUCATION,
    titleEn: 'Expand cooperation in culture, sports, tourism and people-to-people exchanges',
    titleVi: 'Mở rộng hợp tác văn hóa, thể thao, du lịch và giao lưu nhân dân',
    descriptionEn:
      'Expand partnerships in education, culture, sports, tourism, people-to-people exchanges, gender equality and other areas.',
    descriptionVi:
      'Mở rộng quan hệ đối tác trong các lĩnh vực giáo dục, văn hóa, thể thao, du lịch, giao lưu nhân dân, bình đẳng giới và các lĩnh vực khác.',
    responsibleParty: 'BOTH',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNA}: the two sides will work on “expanding partnerships in education, culture, sports, tourism, people-to-people exchanges, gender equality and other areas” (the same pillar is listed in ${FROM_SIX}). No concrete activity is reported.`,
    quotes: [
      {
        source: VNA,
        quote:
          'expanding partnerships in education, culture, sports, tourism, people-to-people exchanges, gender equality and other areas',
      },
      {
        source: SIX,
        quote:
          'education, culture, sports, tourism, people-to-people exchanges, equal rights and other fields',
      },
    ],
  },

  // ── Coordination on regional and international issues ────────────────────────────────────
  {
    slug: 'regional-international-coordination',
    agreement: CSP,
    pillar: P_REGIONAL,
    titleEn: 'Coordinate closely and support each other in regional and international forums',
    titleVi: 'Phối hợp chặt chẽ, ủng hộ lẫn nhau tại các diễn đàn khu vực và quốc tế',
    descriptionEn:
      'Step up coordination on regional and international issues and keep supporting each other closely in multilateral forums.',
    descriptionVi:
      'Đẩy mạnh phối hợp về các vấn đề khu vực và quốc tế, tiếp tục ủng hộ lẫn nhau chặt chẽ tại các diễn đàn đa phương.',
    responsibleParty: 'BOTH',
    kind: 'QUALITATIVE',
    status: 'IN_PROGRESS',
    initialReason: `${FROM_VNS}: the two countries “continue to coordinate and support each other closely in multilateral fora”, and ${FROM_SIX} says they “have maintained close coordination”. The sources describe this coordination as already under way.`,
    quotes: [
      {
        source: VNS,
        quote:
          'They expressed satisfaction that Việt Nam and the UK share common views on many regional and international issues and continue to coordinate and support each other closely in multilateral fora.',
      },
      {
        source: VNA,
        quote: 'and stepping up coordination on regional and international issues.',
      },
      {
        source: SIX,
        quote:
          'both sides have maintained close coordination and mutual support at international and regional forums.',
      },
    ],
  },
  {
    slug: 'unclos-peaceful-dispute-resolution',
    agreement: CSP,
    pillar: P_REGIONAL,
    titleEn: 'Resolve disputes peacefully under international law, including UNCLOS 1982',
    titleVi: 'Giải quyết hòa bình các tranh chấp theo luật pháp quốc tế, trong đó có UNCLOS 1982',
    descriptionEn:
      'Maintain peace and stability in the region, ensure security and freedom of navigation and overflight, and resolve disputes, including in the East Sea, by peaceful means under international law and the 1982 UN Convention on the Law of the Sea.',
    descriptionVi:
      'Duy trì hòa bình, ổn định trong khu vực; bảo đảm an ninh, an toàn, tự do hàng hải và hàng không; giải quyết các tranh chấp, kể cả ở Biển Đông, bằng biện pháp hòa bình phù hợp với luật pháp quốc tế, trong đó có Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS 1982).',
    responsibleParty: 'BOTH',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNS}: the leaders stressed “resolving disputes peacefully in accordance with international law, including the 1982 United Nations Convention on the Law of the Sea (UNCLOS 1982)” (also reported by ${FROM_SIX}). It is a standing principle; no specific action is reported to track yet.`,
    quotes: [
      {
        source: VNS,
        quote:
          'They emphasised the importance of maintaining peace and stability in the region, ensuring maritime and aviation security and freedom, and resolving disputes peacefully in accordance with international law, including the 1982 United Nations Convention on the Law of the Sea (UNCLOS 1982).',
      },
      {
        source: SIX,
        quote:
          'emphasizing the importance of maintaining peace and stability in the region; ensuring security, safety, and freedom of navigation and overflight; and resolving disputes in the Asia–Pacific region, including the East Sea, through peaceful means in line with international law, including the 1982 United Nations Convention on the Law of the Sea (UNCLOS 1982).',
      },
    ],
  },
  {
    slug: 'un-charter-just-international-order',
    agreement: CSP,
    pillar: P_REGIONAL,
    titleEn: 'Promote global peace and a just international order under the UN Charter',
    titleVi: 'Thúc đẩy hòa bình thế giới và trật tự quốc tế công bằng theo Hiến chương Liên hợp quốc',
    descriptionEn:
      'Maintain and promote peace, stability, security and prosperity globally in line with the UN Charter and international law, respecting independence, sovereignty and territorial integrity.',
    descriptionVi:
      'Duy trì và thúc đẩy hòa bình, ổn định, an ninh và thịnh vượng trên thế giới phù hợp với Hiến chương Liên hợp quốc và luật pháp quốc tế, tôn trọng độc lập, chủ quyền và toàn vẹn lãnh thổ.',
    responsibleParty: 'BOTH',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNA}: “Both sides committed to maintaining and promoting peace, stability, security, and prosperity globally, in accordance with the UN Charter and international law”. It is a standing principle; no specific action is reported to track yet.`,
    quotes: [
      {
        source: VNA,
        quote:
          'Both sides committed to maintaining and promoting peace, stability, security, and prosperity globally, in accordance with the UN Charter and international law, and shared a vision for a just international order based on international law, respecting independence, sovereignty, and territorial integrity.',
      },
    ],
  },
  {
    slug: 'viet-nam-bridge-uk-asean',
    agreement: CSP,
    pillar: P_REGIONAL,
    titleEn: 'Viet Nam to act as a bridge for UK–ASEAN cooperation and a gateway to the region',
    titleVi: 'Việt Nam làm cầu nối thúc đẩy hợp tác Anh – ASEAN và cửa ngõ vào Đông Nam Á',
    descriptionEn:
      'As an ASEAN member, Viet Nam stands ready to act as a bridge promoting UK–ASEAN cooperation and as a gateway for the UK to Southeast Asian markets.',
    descriptionVi:
      'Với tư cách thành viên ASEAN, Việt Nam sẵn sàng làm cầu nối thúc đẩy hợp tác giữa Vương quốc Anh và ASEAN, đồng thời là cửa ngõ để Anh tiếp cận thị trường Đông Nam Á.',
    responsibleParty: 'VIET_NAM',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_VNS}: “as an ASEAN member, Việt Nam stands ready to act as a bridge to promote UK–ASEAN cooperation” (also reported by ${FROM_SIX}). It is an offer of readiness; no specific action is reported.`,
    quotes: [
      {
        source: VNS,
        quote:
          'He emphasised that, as an ASEAN member, Việt Nam stands ready to act as a bridge to promote UK–ASEAN cooperation and serve as a gateway for the UK to access Southeast Asian markets.',
      },
      {
        source: SIX,
        quote:
          'He affirmed that, as a member of ASEAN, Vietnam stands ready to serve as a bridge and promote cooperation between the U.K. and ASEAN, and act as a gateway for the U.K. to access the Southeast Asian market.',
      },
    ],
  },
];

const poaCommitments: SeedCommitment[] = [
  // ── Cross-pillar: the plan itself, its successor, the anniversary, connectivity ────────────
  {
    slug: 'poa-initiatives-completed-or-in-progress',
    agreement: POA,
    pillar: P_CROSS,
    titleEn: 'Carry out the initiatives of the ASEAN-UK Plan of Action 2022–2026',
    titleVi: 'Thực hiện các sáng kiến của Kế hoạch Hành động ASEAN – Vương quốc Anh giai đoạn 2022–2026',
    descriptionEn:
      'By the 4th ASEAN-UK Senior Officials’ Meeting on 10 April 2025, nearly 95 per cent of the plan’s initiatives were completed or in progress. The plan covers 2022–2026.',
    descriptionVi:
      'Tính đến Hội nghị Quan chức Cao cấp ASEAN – Vương quốc Anh lần thứ 4 ngày 10/4/2025, gần 95% sáng kiến của Kế hoạch đã hoàn thành hoặc đang triển khai. Kế hoạch áp dụng cho giai đoạn 2022–2026.',
    responsibleParty: 'ASEAN_UK',
    kind: 'NUMERIC_TARGET',
    metric: {
      unit: '% of initiatives completed or in progress',
      currentValue: 95,
      currentValueDate: AUKSOM_DATE,
      // No target is stated in this unit: 100 % "completed or in progress" would claim more than
      // the plan says, and would make a pace out of a share that is not progress.
    },
    deadline: '2026-12-31',
    deadlineTextEn: 'within the 2022–2026 plan period',
    deadlineTextVi: 'trong giai đoạn 2022–2026',
    status: 'IN_PROGRESS',
    initialReason: `${FROM_AUKSOM}: “With nearly 95 per cent of its initiatives either completed or in progress, the POA has proven to be a robust framework for collaboration.” The value 95 records that share (“nearly” 95) in its own unit; it is not progress, since the report does not say how many initiatives are fully completed.`,
    quotes: [
      {
        source: AUKSOM,
        quote:
          'Both ASEAN and the UK expressed satisfaction with the strong implementation of the ASEAN-UK Plan of Action (POA) 2022–2026.',
      },
      {
        source: AUKSOM,
        quote:
          'With nearly 95 per cent of its initiatives either completed or in progress, the POA has proven to be a robust framework for collaboration.',
      },
    ],
  },
  {
    slug: 'poa-successor-document-beyond-2026',
    agreement: POA,
    pillar: P_CROSS,
    titleEn: 'Develop a successor to the ASEAN-UK Plan of Action for the period beyond 2026',
    titleVi: 'Xây dựng văn kiện kế nhiệm Kế hoạch Hành động ASEAN – Vương quốc Anh sau năm 2026',
    descriptionEn:
      'Officials agreed that progress under the current plan is a solid foundation for developing a successor document to deepen the partnership beyond 2026.',
    descriptionVi:
      'Các quan chức nhất trí rằng kết quả thực hiện Kế hoạch hiện tại là nền tảng vững chắc để xây dựng văn kiện kế nhiệm, nhằm làm sâu sắc hơn quan hệ đối tác sau năm 2026.',
    responsibleParty: 'ASEAN_UK',
    kind: 'MILESTONE',
    deadlineTextEn: 'for the period beyond 2026',
    deadlineTextVi: 'cho giai đoạn sau năm 2026',
    status: 'NOT_STARTED',
    initialReason: `${FROM_AUKSOM}: officials “agreed that this progress sets a solid foundation for developing a successor document to further deepen the partnership beyond 2026.” The report does not say drafting has begun.`,
    quotes: [
      {
        source: AUKSOM,
        quote:
          'Officials agreed that this progress sets a solid foundation for developing a successor document to further deepen the partnership beyond 2026.',
      },
    ],
    milestones: [
      {
        titleEn: 'Successor document to the Plan of Action 2022–2026 developed',
        titleVi: 'Hoàn thành xây dựng văn kiện kế nhiệm Kế hoạch Hành động 2022–2026',
      },
    ],
  },
  {
    slug: 'dialogue-partnership-fifth-anniversary-2026',
    agreement: POA,
    pillar: P_CROSS,
    titleEn: 'Mark the fifth anniversary of the ASEAN-UK Dialogue Partnership in 2026',
    titleVi: 'Tổ chức các hoạt động kỷ niệm 5 năm quan hệ Đối tác Đối thoại ASEAN – Vương quốc Anh',
    descriptionEn:
      'Both sides intend to mark the fifth anniversary of the ASEAN-UK Dialogue Partnership in 2026 with meaningful activities celebrating their strategic engagement.',
    descriptionVi:
      'Hai bên dự kiến tổ chức các hoạt động ý nghĩa nhân kỷ niệm 5 năm quan hệ Đối tác Đối thoại ASEAN – Vương quốc Anh vào năm 2026, tôn vinh sự phát triển của quan hệ hợp tác chiến lược.',
    responsibleParty: 'ASEAN_UK',
    kind: 'MILESTONE',
    deadline: '2026-12-31',
    deadlineTextEn: 'in 2026',
    deadlineTextVi: 'trong năm 2026',
    status: 'NOT_STARTED',
    initialReason: `${FROM_AUKSOM}: “Both sides intend to mark the occasion with meaningful activities” for the fifth anniversary in 2026. The anniversary year has not begun, so no activity can have taken place yet.`,
    quotes: [
      {
        source: AUKSOM,
        quote:
          'Looking beyond the current framework, officials expressed anticipation for the fifth anniversary of the ASEAN-UK Dialogue Partnership in 2026.',
      },
      {
        source: AUKSOM,
        quote:
          'Both sides intend to mark the occasion with meaningful activities that celebrate the growth of their strategic engagement.',
      },
    ],
    milestones: [
      {
        titleEn: 'Fifth-anniversary activities held',
        titleVi: 'Tổ chức các hoạt động kỷ niệm 5 năm',
        dueDate: '2026-12-31',
      },
    ],
  },
  {
    slug: 'joint-ministerial-statement-connectivity',
    agreement: POA,
    pillar: P_CROSS,
    titleEn: 'Put the ASEAN-UK Joint Ministerial Statement on Connectivity into practice',
    titleVi: 'Hiện thực hóa Tuyên bố chung cấp Bộ trưởng ASEAN – Vương quốc Anh về Kết nối',
    descriptionEn:
      'ASEAN and the UK reaffirmed their support for the Joint Ministerial Statement on Connectivity. The ASEAN-UK Connectivity Dialogue, co-hosted by Viet Nam and the UK, was a key step in turning it into concrete initiatives.',
    descriptionVi:
      'ASEAN và Vương quốc Anh tái khẳng định ủng hộ Tuyên bố chung cấp Bộ trưởng về Kết nối. Đối thoại Kết nối ASEAN – Vương quốc Anh do Việt Nam và Anh đồng chủ trì là bước quan trọng để cụ thể hóa Tuyên bố thành các sáng kiến thiết thực.',
    responsibleParty: 'ASEAN_UK',
    kind: 'QUALITATIVE',
    status: 'IN_PROGRESS',
    initialReason: `${FROM_AUKSOM}: Viet Nam and the UK co-hosted the ASEAN-UK Connectivity Dialogue, which “served as a key step in operationalising the ministerial statement”. A concrete step has been taken, so the commitment is in progress.`,
    quotes: [
      {
        source: AUKSOM,
        quote:
          'A notable highlight of the meeting was the reaffirmation of support for the ASEAN-UK Joint Ministerial Statement on Connectivity.',
      },
      {
        source: AUKSOM,
        quote:
          'Delegates praised Viet Nam and the UK for successfully co-hosting the ASEAN-UK Connectivity Dialogue, which took place immediately following the AUKSOM meeting.',
      },
      {
        source: AUKSOM,
        quote:
          'The dialogue served as a key step in operationalising the ministerial statement and translating strategic commitments into concrete initiatives.',
      },
    ],
    milestones: [
      {
        titleEn: 'ASEAN-UK Connectivity Dialogue co-hosted by Viet Nam and the UK',
        titleVi: 'Việt Nam và Vương quốc Anh đồng chủ trì Đối thoại Kết nối ASEAN – Vương quốc Anh',
        // "immediately following" the meeting of 10 April 2025; the report gives no separate date.
        doneDate: AUKSOM_DATE,
      },
    ],
  },
  {
    slug: 'asean-uk-smart-cities-sdgs',
    agreement: POA,
    pillar: P_CROSS,
    titleEn: 'Cooperate on smart cities, sustainable urban development, waste and the SDGs',
    titleVi: 'Hợp tác về thành phố thông minh, phát triển đô thị bền vững, quản lý chất thải và SDGs',
    descriptionEn:
      'Shared cross-pillar priorities: smart cities, sustainable urban development, waste management and advancing the UN Sustainable Development Goals.',
    descriptionVi:
      'Các ưu tiên chung liên trụ cột: thành phố thông minh, phát triển đô thị bền vững, quản lý chất thải và thúc đẩy các Mục tiêu Phát triển Bền vững của Liên hợp quốc (SDGs).',
    responsibleParty: 'ASEAN_UK',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_AUKSOM}: both sides acknowledged “shared priorities in smart cities, sustainable urban development, waste management, and advancing the UN Sustainable Development Goals (SDGs)”. The report gives no progress for these areas (the ~95% figure covers the whole plan).`,
    quotes: [
      {
        source: AUKSOM,
        quote:
          'Cross-pillar cooperation was also emphasised, with both sides acknowledging shared priorities in smart cities, sustainable urban development, waste management, and advancing the UN Sustainable Development Goals (SDGs).',
      },
    ],
  },
  {
    slug: 'asean-uk-iai-narrowing-development-gaps',
    agreement: POA,
    pillar: P_CROSS,
    titleEn: 'Support the Initiative for ASEAN Integration and narrowing development gaps',
    titleVi: 'Hỗ trợ Sáng kiến Hội nhập ASEAN (IAI) và thu hẹp khoảng cách phát triển',
    descriptionEn:
      'Implementing the Initiative for ASEAN Integration (IAI) and narrowing development gaps within the region were discussed as crucial undertakings.',
    descriptionVi:
      'Việc triển khai Sáng kiến Hội nhập ASEAN (IAI) và thu hẹp khoảng cách phát triển trong khu vực được thảo luận như những nhiệm vụ then chốt.',
    responsibleParty: 'ASEAN_UK',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_AUKSOM}: the IAI and efforts to narrow development gaps “were also discussed as crucial undertakings”. The report records a discussion, with no specific action or progress.`,
    quotes: [
      {
        source: AUKSOM,
        quote:
          'The implementation of the Initiative for ASEAN Integration (IAI) and efforts to narrow development gaps within the region were also discussed as crucial undertakings.',
      },
    ],
  },

  // ── Political-security ───────────────────────────────────────────────────────────────────
  {
    slug: 'asean-uk-maritime-cyber-crime-counterterrorism',
    agreement: POA,
    pillar: P_POLSEC,
    titleEn: 'Work closely on maritime security, cybersecurity, transnational crime and counterterrorism',
    titleVi: 'Hợp tác chặt chẽ về an ninh biển, an ninh mạng, tội phạm xuyên quốc gia và chống khủng bố',
    descriptionEn:
      'ASEAN and the UK reaffirmed their intent to work closely on maritime security, cybersecurity, transnational crime and counterterrorism.',
    descriptionVi:
      'ASEAN và Vương quốc Anh tái khẳng định ý định hợp tác chặt chẽ về an ninh biển, an ninh mạng, phòng chống tội phạm xuyên quốc gia và chống khủng bố.',
    responsibleParty: 'ASEAN_UK',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_AUKSOM}: “ASEAN and the UK reaffirmed their intent to work closely on maritime security, cybersecurity, transnational crime, and counterterrorism.” The report states intent and gives no progress for these areas (the ~95% figure covers the whole plan).`,
    quotes: [
      {
        source: AUKSOM,
        quote:
          'Under the political-security pillar, ASEAN and the UK reaffirmed their intent to work closely on maritime security, cybersecurity, transnational crime, and counterterrorism.',
      },
    ],
  },
  {
    slug: 'asean-uk-women-youth-peace-security',
    agreement: POA,
    pillar: P_POLSEC,
    titleEn: 'Give special attention to Women, Peace and Security and Youth, Peace and Security',
    titleVi: 'Chú trọng các khuôn khổ Phụ nữ, Hòa bình và An ninh; Thanh niên, Hòa bình và An ninh',
    descriptionEn:
      'Special attention was given to the emerging Women, Peace and Security and Youth, Peace and Security frameworks.',
    descriptionVi:
      'Hai bên đặc biệt chú trọng các khuôn khổ mới nổi về Phụ nữ, Hòa bình và An ninh cũng như Thanh niên, Hòa bình và An ninh.',
    responsibleParty: 'ASEAN_UK',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_AUKSOM}: “Special attention was given to emerging frameworks such as Women, Peace and Security and Youth, Peace and Security.” No specific activity or progress is reported.`,
    quotes: [
      {
        source: AUKSOM,
        quote:
          'Special attention was given to emerging frameworks such as Women, Peace and Security and Youth, Peace and Security.',
      },
    ],
  },
  {
    slug: 'asean-uk-multilateralism-aoip',
    agreement: POA,
    pillar: P_POLSEC,
    titleEn: 'Uphold multilateralism, the ASEAN-led regional architecture and the AOIP',
    titleVi: 'Ủng hộ chủ nghĩa đa phương, cấu trúc khu vực do ASEAN dẫn dắt và AOIP',
    descriptionEn:
      'Both sides reiterated their commitment to multilateralism and to the ASEAN-led regional architecture, and their continued alignment with the principles of the ASEAN Outlook on the Indo-Pacific (AOIP).',
    descriptionVi:
      'Hai bên tái khẳng định cam kết chung đối với chủ nghĩa đa phương, ủng hộ cấu trúc khu vực do ASEAN dẫn dắt và tiếp tục tuân thủ các nguyên tắc của Tầm nhìn ASEAN về Ấn Độ Dương – Thái Bình Dương (AOIP).',
    responsibleParty: 'ASEAN_UK',
    kind: 'QUALITATIVE',
    status: 'IN_PROGRESS',
    initialReason: `${FROM_AUKSOM}: both sides “reiterated their shared commitment to multilateralism and support for the ASEAN-led regional architecture” and emphasised “continued alignment” with the AOIP, which the report describes as already under way.`,
    quotes: [
      {
        source: AUKSOM,
        quote:
          'Both ASEAN and the UK reiterated their shared commitment to multilateralism and support for the ASEAN-led regional architecture.',
      },
      {
        source: AUKSOM,
        quote:
          'They also emphasised continued alignment with the principles outlined in the ASEAN Outlook on the Indo-Pacific (AOIP).',
      },
    ],
  },

  // ── Economic ─────────────────────────────────────────────────────────────────────────────
  {
    slug: 'asean-uk-digital-ai-finance-supply-chains',
    agreement: POA,
    pillar: P_ECONOMIC,
    titleEn: 'Enhance cooperation on digital transformation, AI, science, finance and supply chains',
    titleVi: 'Hợp tác về chuyển đổi số, trí tuệ nhân tạo, khoa học, tài chính và chuỗi cung ứng',
    descriptionEn:
      'The UK and ASEAN committed to enhance cooperation in digital transformation, artificial intelligence, science and innovation, financial services and supply chain resilience.',
    descriptionVi:
      'Vương quốc Anh và ASEAN cam kết tăng cường hợp tác về chuyển đổi số, trí tuệ nhân tạo, khoa học và đổi mới sáng tạo, dịch vụ tài chính và khả năng chống chịu của chuỗi cung ứng.',
    responsibleParty: 'ASEAN_UK',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_AUKSOM}: “the UK and ASEAN committed to enhance cooperation in digital transformation, artificial intelligence, science and innovation, financial services, and supply chain resilience.” The report gives no progress for these areas (the ~95% figure covers the whole plan).`,
    quotes: [
      {
        source: AUKSOM,
        quote:
          'In the economic domain, the UK and ASEAN committed to enhance cooperation in digital transformation, artificial intelligence, science and innovation, financial services, and supply chain resilience.',
      },
    ],
  },
  {
    slug: 'asean-uk-green-finance-energy-business-women',
    agreement: POA,
    pillar: P_ECONOMIC,
    titleEn: 'Green finance, energy transition, business ties and women’s economic empowerment',
    titleVi: 'Tài chính xanh, chuyển đổi năng lượng, kết nối doanh nghiệp, trao quyền kinh tế cho phụ nữ',
    descriptionEn:
      'Green finance, energy transition, business-to-business ties and women’s economic empowerment were highlighted as key areas of future ASEAN-UK collaboration.',
    descriptionVi:
      'Tài chính xanh, chuyển đổi năng lượng, kết nối giữa các doanh nghiệp và trao quyền kinh tế cho phụ nữ được xác định là các lĩnh vực hợp tác trọng tâm trong thời gian tới giữa ASEAN và Vương quốc Anh.',
    responsibleParty: 'ASEAN_UK',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_AUKSOM}: these were “highlighted as key areas of future collaboration”. Future collaboration with no reported activity yet.`,
    quotes: [
      {
        source: AUKSOM,
        quote:
          'Green finance, energy transition, business-to-business ties, and women’s economic empowerment were also highlighted as key areas of future collaboration.',
      },
    ],
  },

  // ── Socio-cultural ───────────────────────────────────────────────────────────────────────
  {
    slug: 'asean-uk-education-climate-health-disaster',
    agreement: POA,
    pillar: P_SOCIO,
    titleEn: 'Strengthen joint work on education, skills, climate, public health and disaster risk',
    titleVi: 'Hợp tác giáo dục, kỹ năng, ứng phó biến đổi khí hậu, y tế công cộng và giảm nhẹ thiên tai',
    descriptionEn:
      'The partners pledged to strengthen joint efforts in education and skills development, climate change response, public health and disaster risk reduction.',
    descriptionVi:
      'Hai bên cam kết tăng cường nỗ lực chung về giáo dục và phát triển kỹ năng, ứng phó với biến đổi khí hậu, y tế công cộng và giảm nhẹ rủi ro thiên tai.',
    responsibleParty: 'ASEAN_UK',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_AUKSOM}: “the partners pledged to strengthen joint efforts in education and skills development, climate change response, public health, and disaster risk reduction.” The report gives no progress for these areas (the ~95% figure covers the whole plan).`,
    quotes: [
      {
        source: AUKSOM,
        quote:
          'On the socio-cultural front, the partners pledged to strengthen joint efforts in education and skills development, climate change response, public health, and disaster risk reduction.',
      },
    ],
  },
  {
    slug: 'asean-uk-culture-creative-youth-exchanges',
    agreement: POA,
    pillar: P_SOCIO,
    titleEn: 'Promote culture, the creative economy and people-to-people and youth exchanges',
    titleVi: 'Thúc đẩy văn hóa, kinh tế sáng tạo và giao lưu nhân dân, thanh niên',
    descriptionEn:
      'Cultural and creative economy initiatives and people-to-people and youth exchanges were recognised as vital to mutual understanding and a long-term partnership.',
    descriptionVi:
      'Các sáng kiến về văn hóa, kinh tế sáng tạo cùng hoạt động giao lưu nhân dân và thanh niên được coi là yếu tố then chốt để tăng cường hiểu biết lẫn nhau và xây dựng quan hệ đối tác lâu dài.',
    responsibleParty: 'ASEAN_UK',
    kind: 'QUALITATIVE',
    status: 'NOT_STARTED',
    initialReason: `${FROM_AUKSOM}: these initiatives “were recognised as vital to fostering mutual understanding and long-term partnership.” No specific activity or progress is reported.`,
    quotes: [
      {
        source: AUKSOM,
        quote:
          'Cultural and creative economy initiatives, along with people-to-people and youth exchanges, were recognised as vital to fostering mutual understanding and long-term partnership.',
      },
    ],
  },
];

export const commitments: SeedCommitment[] = [...cspCommitments, ...poaCommitments];
