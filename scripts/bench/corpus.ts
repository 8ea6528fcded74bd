/**
 * Texts the benchmarks build contributions from, in the six UN languages: general sentences
 * (most of a body), topic sentences (each row gets two of twelve, so a topic word is in about
 * one row in six of its language: a search matches a realistic share, not everything) and
 * title openings. The first topic of every language is about cybersecurity / network security,
 * so the search terms in SEARCH_TERMS are known to occur.
 */

export type Lang = "ar" | "zh" | "en" | "fr" | "ru" | "es";
export const LANGS: Lang[] = ["ar", "zh", "en", "fr", "ru", "es"];

export interface LanguageCorpus {
  titles: string[];
  general: string[];
  topics: string[];
}

export const CORPUS: Record<Lang, LanguageCorpus> = {
  en: {
    titles: ["Closing the digital divide", "Building trust in ICTs", "Digital skills for all", "Affordable connectivity", "Revising the WSIS Action Lines", "ICTs for sustainable development", "An enabling environment", "Multistakeholder cooperation"],
    general: [
      "Since 2005 the WSIS Action Lines have guided national strategies for the information society, and many of their goals remain relevant today.",
      "Our delegation welcomes the review and offers the following observations on the work of ITU and its partners over the past twenty years.",
      "Progress has been uneven across regions, and the least developed countries still face high costs for access to broadband networks.",
      "We recommend that the revised Action Lines refer explicitly to the Sustainable Development Goals and to measurable targets for 2030.",
      "Capacity building must reach local governments, small enterprises and community organisations, not only national administrations.",
      "Data collected by ITU on connectivity and affordability should remain open and comparable, so that policy makers can track progress.",
      "The multistakeholder model has proved its value and should be strengthened in the follow-up to the review.",
      "Regional initiatives have shown that shared infrastructure can lower prices and extend coverage to rural and remote areas.",
      "Gender equality in access to and use of digital technologies deserves a dedicated indicator in every Action Line.",
      "We stand ready to contribute to the next phase of the process and to share our national experience with other stakeholders.",
    ],
    topics: [
      "Cybersecurity deserves a stronger place in Action Line C5, with national incident response teams cooperating across borders.",
      "Artificial intelligence raises new questions of accountability that the Action Lines did not anticipate in 2005.",
      "Spectrum management remains essential for affordable mobile broadband in developing countries.",
      "Digital public infrastructure, such as identity and payment systems, should be designed with privacy by default.",
      "Environmental sustainability requires attention to electronic waste and the energy use of data centres.",
      "Multilingual content online is still scarce for many languages, which limits the benefits of connectivity.",
      "Persons with disabilities need accessible devices, services and content, as recommended by ITU-D.",
      "Emergency telecommunications save lives when disasters strike, and early warning systems must reach everyone.",
      "E-health services expanded quickly during the pandemic and now need sustainable financing.",
      "Open data and transparency in government help citizens hold institutions to account.",
      "Youth participation in internet governance brings new ideas and should be supported with fellowships.",
      "Satellite connectivity can reach the last mile where terrestrial networks are too costly to deploy.",
    ],
  },
  fr: {
    titles: ["Réduire la fracture numérique", "Établir la confiance dans les TIC", "Des compétences numériques pour tous", "Une connectivité abordable", "Révision des grandes orientations du SMSI", "Les TIC au service du développement durable", "Un environnement propice", "Coopération multipartite"],
    general: [
      "Depuis 2005, les grandes orientations du SMSI guident les stratégies nationales pour la société de l'information, et nombre de leurs objectifs restent pertinents.",
      "Notre délégation salue l'examen et présente les observations suivantes sur les travaux de l'UIT et de ses partenaires au cours des vingt dernières années.",
      "Les progrès ont été inégaux selon les régions, et les pays les moins avancés font encore face à des coûts élevés pour l'accès au haut débit.",
      "Nous recommandons que les grandes orientations révisées fassent explicitement référence aux objectifs de développement durable.",
      "Le renforcement des capacités doit atteindre les collectivités locales, les petites entreprises et les associations, et pas seulement les administrations nationales.",
      "Les données recueillies par l'UIT sur la connectivité et l'accessibilité financière doivent rester ouvertes et comparables.",
      "Le modèle multipartite a fait ses preuves et devrait être renforcé dans le suivi de l'examen.",
      "Les initiatives régionales ont montré que le partage des infrastructures peut réduire les prix et étendre la couverture aux zones rurales.",
      "L'égalité entre les femmes et les hommes dans l'accès aux technologies numériques mérite un indicateur propre dans chaque grande orientation.",
      "Nous sommes prêts à contribuer à la prochaine phase du processus et à partager notre expérience nationale.",
    ],
    topics: [
      "La cybersécurité mérite une place plus forte dans la grande orientation C5, avec des équipes nationales d'intervention qui coopèrent au-delà des frontières.",
      "L'intelligence artificielle soulève de nouvelles questions de responsabilité que les grandes orientations n'avaient pas prévues.",
      "La gestion du spectre reste essentielle pour un haut débit mobile abordable dans les pays en développement.",
      "Les infrastructures publiques numériques, comme l'identité et les paiements, doivent protéger la vie privée par défaut.",
      "La durabilité environnementale exige d'examiner les déchets électroniques et la consommation d'énergie des centres de données.",
      "Les contenus multilingues restent rares en ligne pour de nombreuses langues, ce qui limite les bienfaits de la connectivité.",
      "Les personnes handicapées ont besoin d'appareils, de services et de contenus accessibles.",
      "Les télécommunications d'urgence sauvent des vies lors des catastrophes, et les systèmes d'alerte précoce doivent atteindre chacun.",
      "La santé en ligne s'est développée rapidement pendant la pandémie et requiert désormais un financement durable.",
      "Les données ouvertes et la transparence de l'administration aident les citoyens à demander des comptes.",
      "La participation des jeunes à la gouvernance de l'internet apporte des idées nouvelles.",
      "La connectivité par satellite peut atteindre le dernier kilomètre là où les réseaux terrestres sont trop coûteux.",
    ],
  },
  es: {
    titles: ["Reducir la brecha digital", "Fomentar la confianza en las TIC", "Competencias digitales para todos", "Conectividad asequible", "Revisión de las Líneas de Acción de la CMSI", "Las TIC para el desarrollo sostenible", "Un entorno propicio", "Cooperación entre múltiples partes interesadas"],
    general: [
      "Desde 2005, las Líneas de Acción de la CMSI orientan las estrategias nacionales para la sociedad de la información, y muchos de sus objetivos siguen vigentes.",
      "Nuestra delegación acoge con satisfacción el examen y presenta las siguientes observaciones sobre la labor de la UIT y sus asociados.",
      "Los avances han sido desiguales entre regiones, y los países menos adelantados aún afrontan costos elevados de acceso a la banda ancha.",
      "Recomendamos que las Líneas de Acción revisadas se refieran explícitamente a los Objetivos de Desarrollo Sostenible y a metas medibles.",
      "La creación de capacidades debe llegar a los gobiernos locales, las pequeñas empresas y las organizaciones comunitarias.",
      "Los datos que recopila la UIT sobre conectividad y asequibilidad deben seguir siendo abiertos y comparables.",
      "El modelo de múltiples partes interesadas ha demostrado su valor y debería reforzarse en el seguimiento del examen.",
      "Las iniciativas regionales han mostrado que compartir infraestructura reduce los precios y amplía la cobertura en zonas rurales.",
      "La igualdad de género en el acceso a las tecnologías digitales merece un indicador propio en cada Línea de Acción.",
      "Estamos dispuestos a contribuir a la próxima fase del proceso y a compartir nuestra experiencia nacional.",
    ],
    topics: [
      "La ciberseguridad merece un lugar más destacado en la Línea de Acción C5, con equipos nacionales de respuesta que cooperen entre países.",
      "La inteligencia artificial plantea nuevas cuestiones de responsabilidad que las Líneas de Acción no previeron.",
      "La gestión del espectro sigue siendo esencial para una banda ancha móvil asequible en los países en desarrollo.",
      "La infraestructura pública digital, como la identidad y los pagos, debe proteger la privacidad por defecto.",
      "La sostenibilidad ambiental exige atender los residuos electrónicos y el consumo de energía de los centros de datos.",
      "Los contenidos multilingües siguen siendo escasos en línea para muchos idiomas.",
      "Las personas con discapacidad necesitan dispositivos, servicios y contenidos accesibles.",
      "Las telecomunicaciones de emergencia salvan vidas en los desastres, y los sistemas de alerta temprana deben llegar a todos.",
      "La salud electrónica creció rápidamente durante la pandemia y ahora necesita financiación sostenible.",
      "Los datos abiertos y la transparencia del gobierno ayudan a la ciudadanía a exigir rendición de cuentas.",
      "La participación de los jóvenes en la gobernanza de internet aporta ideas nuevas.",
      "La conectividad por satélite puede llegar a la última milla donde las redes terrestres son demasiado costosas.",
    ],
  },
  ru: {
    titles: ["Преодоление цифрового разрыва", "Укрепление доверия к ИКТ", "Цифровые навыки для всех", "Доступная связь", "Пересмотр направлений деятельности ВВУИО", "ИКТ в интересах устойчивого развития", "Благоприятная среда", "Сотрудничество многих заинтересованных сторон"],
    general: [
      "С 2005 года направления деятельности ВВУИО определяют национальные стратегии информационного общества, и многие их цели по-прежнему актуальны.",
      "Наша делегация приветствует обзор и представляет следующие замечания о работе МСЭ и его партнеров за последние двадцать лет.",
      "Прогресс в регионах был неравномерным, и наименее развитые страны по-прежнему сталкиваются с высокой стоимостью широкополосного доступа.",
      "Мы рекомендуем, чтобы пересмотренные направления деятельности прямо ссылались на Цели в области устойчивого развития.",
      "Создание потенциала должно охватывать местные органы власти, малые предприятия и общественные организации.",
      "Данные МСЭ о подключении и ценовой доступности должны оставаться открытыми и сопоставимыми.",
      "Модель с участием многих заинтересованных сторон доказала свою ценность и должна быть укреплена.",
      "Региональные инициативы показали, что совместное использование инфраструктуры снижает цены и расширяет охват сельских районов.",
      "Гендерное равенство в доступе к цифровым технологиям заслуживает отдельного показателя в каждом направлении.",
      "Мы готовы внести вклад в следующий этап процесса и поделиться национальным опытом.",
    ],
    topics: [
      "Кибербезопасность заслуживает более заметного места в направлении C5, а национальные группы реагирования должны сотрудничать через границы.",
      "Искусственный интеллект ставит новые вопросы ответственности, которые не были предусмотрены в 2005 году.",
      "Управление использованием спектра остается необходимым для доступной мобильной широкополосной связи.",
      "Цифровая общественная инфраструктура, например системы идентификации и платежей, должна защищать частную жизнь.",
      "Экологическая устойчивость требует внимания к электронным отходам и энергопотреблению центров обработки данных.",
      "Многоязычного контента в интернете по-прежнему мало для многих языков.",
      "Лицам с инвалидностью нужны доступные устройства, услуги и контент.",
      "Электросвязь в чрезвычайных ситуациях спасает жизни, а системы раннего предупреждения должны охватывать всех.",
      "Электронное здравоохранение быстро развивалось во время пандемии и теперь нуждается в устойчивом финансировании.",
      "Открытые данные и прозрачность государства помогают гражданам требовать подотчетности.",
      "Участие молодежи в управлении интернетом приносит новые идеи.",
      "Спутниковая связь может охватить последнюю милю там, где наземные сети слишком дороги.",
    ],
  },
  ar: {
    titles: ["سد الفجوة الرقمية", "بناء الثقة في تكنولوجيا المعلومات والاتصالات", "المهارات الرقمية للجميع", "توصيلية ميسورة التكلفة", "مراجعة خطوط عمل القمة", "تكنولوجيا المعلومات والاتصالات من أجل التنمية المستدامة", "بيئة تمكينية", "التعاون بين أصحاب المصلحة المتعددين"],
    general: [
      "منذ عام 2005 توجه خطوط عمل القمة العالمية لمجتمع المعلومات الاستراتيجيات الوطنية، ولا تزال كثير من أهدافها وثيقة الصلة اليوم.",
      "يرحب وفدنا بالاستعراض ويقدم الملاحظات التالية بشأن عمل الاتحاد وشركائه خلال السنوات العشرين الماضية.",
      "كان التقدم متفاوتاً بين المناطق، ولا تزال أقل البلدان نمواً تواجه تكاليف مرتفعة للنفاذ إلى الشبكات عريضة النطاق.",
      "نوصي بأن تشير خطوط العمل المنقحة صراحة إلى أهداف التنمية المستدامة وإلى غايات قابلة للقياس لعام 2030.",
      "يجب أن يصل بناء القدرات إلى الحكومات المحلية والمؤسسات الصغيرة ومنظمات المجتمع، لا إلى الإدارات الوطنية وحدها.",
      "ينبغي أن تظل البيانات التي يجمعها الاتحاد عن التوصيلية والقدرة على تحمل التكاليف مفتوحة وقابلة للمقارنة.",
      "أثبت نموذج أصحاب المصلحة المتعددين قيمته وينبغي تعزيزه في متابعة الاستعراض.",
      "أظهرت المبادرات الإقليمية أن تقاسم البنية التحتية يخفض الأسعار ويوسع التغطية في المناطق الريفية والنائية.",
      "تستحق المساواة بين الجنسين في النفاذ إلى التكنولوجيات الرقمية مؤشراً خاصاً في كل خط من خطوط العمل.",
      "نحن على استعداد للإسهام في المرحلة التالية من العملية وتبادل تجربتنا الوطنية مع أصحاب المصلحة الآخرين.",
    ],
    topics: [
      "يستحق الأمن السيبراني مكانة أقوى في خط العمل C5، مع تعاون الفرق الوطنية للاستجابة للحوادث عبر الحدود.",
      "يثير الذكاء الاصطناعي أسئلة جديدة عن المساءلة لم تتوقعها خطوط العمل في عام 2005.",
      "تظل إدارة الطيف ضرورية لتوفير النطاق العريض المتنقل بتكلفة ميسورة في البلدان النامية.",
      "ينبغي تصميم البنية التحتية الرقمية العامة، مثل أنظمة الهوية والدفع، بحيث تحمي الخصوصية تلقائياً.",
      "تتطلب الاستدامة البيئية الاهتمام بالنفايات الإلكترونية واستهلاك مراكز البيانات للطاقة.",
      "لا يزال المحتوى المتعدد اللغات نادراً على الإنترنت لكثير من اللغات.",
      "يحتاج الأشخاص ذوو الإعاقة إلى أجهزة وخدمات ومحتوى يسهل النفاذ إليها.",
      "تنقذ اتصالات الطوارئ الأرواح عند وقوع الكوارث، ويجب أن تصل أنظمة الإنذار المبكر إلى الجميع.",
      "توسعت خدمات الصحة الإلكترونية بسرعة أثناء الجائحة وتحتاج الآن إلى تمويل مستدام.",
      "تساعد البيانات المفتوحة وشفافية الحكومة المواطنين على مساءلة المؤسسات.",
      "تجلب مشاركة الشباب في حوكمة الإنترنت أفكاراً جديدة.",
      "يمكن للتوصيلية الساتلية أن تصل إلى الميل الأخير حيث تكون الشبكات الأرضية مكلفة للغاية.",
    ],
  },
  zh: {
    titles: ["弥合数字鸿沟", "建立对信息通信技术的信任", "人人享有数字技能", "可负担的连通性", "修订信息社会世界峰会行动方面", "信息通信技术促进可持续发展", "有利的环境", "多利益攸关方合作"],
    general: [
      "自2005年以来，信息社会世界峰会各行动方面一直指导着各国的信息社会战略，其中许多目标至今仍然适用。",
      "我国代表团欢迎此次审查，并就国际电信联盟及其伙伴在过去二十年中的工作提出以下意见。",
      "各区域的进展并不均衡，最不发达国家在接入宽带网络方面仍然面临高昂的费用。",
      "我们建议修订后的行动方面明确提及可持续发展目标以及到2030年可衡量的具体目标。",
      "能力建设必须覆盖地方政府、小型企业和社区组织，而不仅仅是国家行政部门。",
      "国际电联收集的连通性和可负担性数据应当保持开放和可比，以便决策者跟踪进展。",
      "多利益攸关方模式已经证明了其价值，应在审查的后续工作中予以加强。",
      "区域举措表明，共享基础设施可以降低价格，并将覆盖范围扩大到农村和偏远地区。",
      "在获取和使用数字技术方面的性别平等，应当在每一个行动方面中设立专门指标。",
      "我们愿意为下一阶段的进程作出贡献，并与其他利益攸关方分享本国经验。",
    ],
    topics: [
      "网络安全应在C5行动方面中占据更重要的位置，各国的事件响应小组应开展跨境合作。",
      "人工智能提出了2005年时行动方面未曾预见的问责新问题。",
      "频谱管理对于发展中国家提供可负担的移动宽带仍然至关重要。",
      "数字公共基础设施，例如身份和支付系统，应当默认保护隐私。",
      "环境可持续性要求关注电子废物和数据中心的能源消耗。",
      "许多语言的网上多语种内容仍然稀缺，这限制了连通性的益处。",
      "残疾人需要无障碍的设备、服务和内容。",
      "应急通信在灾害发生时拯救生命，早期预警系统必须覆盖每一个人。",
      "电子卫生服务在疫情期间迅速发展，现在需要可持续的资金。",
      "开放数据和政府透明度帮助公民追究机构的责任。",
      "青年参与互联网治理带来了新的思路。",
      "卫星连接可以覆盖地面网络部署成本过高的最后一英里。",
    ],
  },
};

/**
 * Public-search queries that occur in the seeded texts (all from topic 1), one per language:
 * Arabic written with diacritics (the document has none: normalisation must match them),
 * Chinese as a substring inside a longer run of characters, Russian in another grammatical case
 * than the text (stemming: "реагирование" finds "реагирования"), and the others as written.
 * The Russian word is one written in lower case in the text: in a C-locale database PostgreSQL
 * does not lower-case Cyrillic capitals, so "кибербезопасности" missed the sentence-initial
 * "Кибербезопасность" (a search limit of its own, reported, not hidden here).
 */
export const SEARCH_TERMS: Record<Lang, string> = {
  ar: "الأَمْنُ السِّيبْرَانِيّ",
  zh: "网络安全",
  en: "cybersecurity",
  fr: "cybersécurité",
  ru: "реагирование",
  es: "ciberseguridad",
};
