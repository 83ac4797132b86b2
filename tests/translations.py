"""Translated article paragraphs that several test modules build pages around: one story
(a city council's buses or bridge, a dig by a lake) in many languages, named by language and
story."""

GERMAN_BUSES_NORTH = [
    "Der Stadtrat hat am Dienstag beschlossen, das Busnetz in die nördlichen Vororte "
    "auszubauen, und damit eine Debatte beendet, die mehr als zwei Jahre gedauert hatte.",
    "Die ersten neuen Linien sollen im Frühjahr fahren, sagte ein Sprecher der Stadt, und die "
    "Preise sollen mindestens ein weiteres Jahr gleich bleiben.",
    "Die Anwohner, die sich für die Änderung eingesetzt hatten, begrüßten die Entscheidung, "
    "auch wenn einige sagten, dass der Plan nicht weit genug gehe.",
]
HEBREW_BUSES = [
    "מועצת העיר אישרה ביום שלישי את הרחבת רשת האוטובוסים בארבעה קווים חדשים שיחברו את "
    "השכונות הצפוניות לבית החולים ולאוניברסיטה.",
    "לדברי גורמים בעירייה, הקווים החדשים יתחילו לפעול בסתיו, לאחר שיגויסו נהגים ויגיעו "
    "האוטובוסים החדשים.",
    "התוכנית אושרה ברוב גדול לאחר דיון קצר, ורק שני חברי מועצה הצביעו נגדה.",
]
KOREAN_BUSES = [
    "시의회는 5일 북부 주거지와 시립병원, 대학을 잇는 시내버스 노선 4개를 늘리는 계획을 "
    "찬성 다수로 가결했다. 새 노선은 가을부터 운행을 시작할 예정이다.",
    "시 관계자는 운전기사 채용과 새 차량 도입이 끝나는 대로 운행 시간표를 발표하겠다고 밝혔다.",
    "반대 의견을 낸 의원은 두 명뿐이었으며, 토론은 한 시간 남짓 이어졌다.",
]
PERSIAN_BUSES = [
    "شورای شهر روز سه‌شنبه طرح گسترش شبکه اتوبوسرانی را با چهار خط جدید تصویب کرد که "
    "محله‌های شمالی را به بیمارستان و دانشگاه وصل می‌کند.",
    "به گفته مسئولان، خطوط جدید در پاییز و پس از استخدام رانندگان و رسیدن اتوبوس‌های تازه "
    "به کار خواهند افتاد.",
    "این طرح پس از بحثی کوتاه با اکثریت بالا تصویب شد و تنها دو عضو شورا با آن مخالفت کردند.",
]
PERSIAN_BUSES_NORTH = [
    "شورای شهر روز سه‌شنبه گسترش شبکه اتوبوسرانی به حومه‌های شمالی را تصویب کرد و به بحثی "
    "که بیش از دو سال طول کشیده بود پایان داد.",
    "به گفته سخنگوی شهرداری، نخستین خطوط جدید در بهار راه‌اندازی می‌شوند و قیمت بلیت دست‌کم "
    "تا یک سال دیگر تغییر نمی‌کند.",
    "ساکنانی که برای این تغییر تلاش کرده بودند از این تصمیم استقبال کردند، هرچند برخی "
    "می‌گویند این طرح به اندازه کافی گسترده نیست.",
]
PERSIAN_BUSES_VOTE = [
    "شورای شهر روز سه‌شنبه با گسترش شبکه اتوبوسرانی موافقت کرد و در ماه‌های آینده چهار خط تازه "
    "محله‌های شمالی شهر را به بیمارستان و دانشگاه وصل خواهد کرد.",
    "به گفته مسئولان، خطوط تازه در پاییز به راه می‌افتند، زمانی که استخدام و آموزش رانندگان به "
    "پایان برسد و اتوبوس‌های نو به پایانه‌های شهر برسند.",
    "این طرح پس از بحثی کوتاه با اکثریت بزرگی تصویب شد و تنها دو عضو شورا با آن مخالفت کردند و "
    "گفتند بهتر بود این پول صرف تعمیر خیابان‌ها شود.",
]
POLISH_BUSES = [
    "Rada miasta zatwierdziła we wtorek rozbudowę sieci autobusowej o cztery nowe linie, które "
    "połączą północne dzielnice ze szpitalem i uniwersytetem.",
    "Według urzędników nowe linie zaczną kursować jesienią, kiedy zostaną zatrudnieni kierowcy i "
    "dotrą nowe autobusy.",
    "Plan został przyjęty dużą większością głosów po krótkiej dyskusji, a przeciw głosowało tylko "
    "dwóch radnych.",
]
POLISH_BUSES_NORTH = [
    "Rada miasta zagłosowała we wtorek za rozbudową sieci autobusowej na północne "
    "przedmieścia, kończąc debatę, która trwała ponad dwa lata.",
    "Pierwsze nowe linie mają ruszyć wiosną, jak powiedział rzecznik miasta, a ceny biletów "
    "nie zmienią się przez co najmniej kolejny rok.",
    "Mieszkańcy, którzy walczyli o tę zmianę, przyjęli decyzję z zadowoleniem, choć niektórzy "
    "mówią, że plan nie jest wystarczający dla dalszych dzielnic.",
]
RUSSIAN_BRIDGE = [
    "Городской совет во вторник одобрил строительство нового моста через реку, положив конец "
    "спорам, которые продолжались более десяти лет.",
    "Сторонники проекта говорят, что мост сократит время поездок для тысяч жителей левого "
    "берега, а противники предупреждают о слишком высокой стоимости работ.",
    "Финансисты города сообщили депутатам, что большую часть средств планируют привлечь "
    "через облигации, а остальное покроет государственный бюджет.",
]
RUSSIAN_BUSES_NORTH = [
    "Городской совет во вторник проголосовал за продление автобусной сети в северные "
    "пригороды, завершив спор, который длился более двух лет.",
    "По словам представителя мэрии, первые новые маршруты откроются весной, а цены на билеты "
    "останутся прежними как минимум еще год.",
    "Жители, которые добивались этих перемен, приветствовали решение, хотя некоторые считают, "
    "что план недостаточно широк для дальних районов.",
]
RUSSIAN_DIG = [
    "Археологи обнаружили на восточном берегу озера около сорока ранее неизвестных наскальных "
    "изображений, сообщили в пресс-службе научного центра.",
    "По предварительной оценке, рисункам около шести тысяч лет. Среди них изображения лодок, "
    "птиц и людей, а также несколько солярных знаков.",
    "Исследователи намерены продолжить работы летом следующего года, когда уровень воды в "
    "озере опустится и откроет нижние части скал.",
]
SERBIAN_BUSES = [
    "Градско веће је у уторак одобрило проширење аутобуске мреже за четири нове линије које ће "
    "повезати северна насеља са болницом и универзитетом.",
    "Према речима званичника, нове линије почеће да саобраћају на јесен, када буду запослени "
    "возачи и стигну нови аутобуси.",
    "План је усвојен великом већином после кратке расправе, а против су гласала само два "
    "одборника.",
]
SPANISH_BUSES = [
    "El ayuntamiento aprobó este martes la ampliación de la red de autobuses, que sumará cuatro "
    "líneas nuevas para unir los barrios del norte con el hospital y la universidad.",
    "Según el concejal de Movilidad, las nuevas líneas empezarán a funcionar en otoño, cuando "
    "termine la contratación de los conductores y lleguen los vehículos encargados.",
    "El plan salió adelante con una amplia mayoría tras un breve debate, y solo dos concejales "
    "votaron en contra al considerar que el dinero debía destinarse a las calles.",
]
THAI_BRIDGE = [
    "สภาเมืองมีมติเมื่อวันอังคารให้ก่อสร้างสะพานแห่งใหม่ข้ามแม่น้ำ ยุติการถกเถียงเรื่องงบประมาณและเส้นทาง"
    "ที่ยืดเยื้อมานานกว่าสิบปี",
    "ฝ่ายสนับสนุนระบุว่าสะพานจะช่วยลดเวลาเดินทางของชาวบ้านหลายพันคนฝั่งตะวันออก "
    "ขณะที่ฝ่ายคัดค้านเตือนว่างบประมาณที่เสนอนั้นไม่สมจริง",
    "เจ้าหน้าที่การเงินแจ้งต่อสภาว่าเมืองจะกู้เงินส่วนใหญ่ผ่านพันธบัตรเทศบาล "
    "โดยรัฐบาลจะรับภาระราวหนึ่งในสามของค่าใช้จ่ายทั้งหมด",
]
TURKISH_BUSES = [
    "Belediye meclisi salı günü otobüs ağının genişletilmesini onayladı. Yeni hat kuzeydeki "
    "mahalleleri hastane ve üniversiteye bağlayacak ve sonbaharda hizmete girecek.",
    "Yetkililer, şoförlerin işe alınması ve yeni araçların teslim edilmesiyle birlikte hattın "
    "yaz aylarından sonra yolcu taşımaya başlayacağını belirtti.",
    "Plan kısa bir tartışmanın ardından büyük bir çoğunlukla kabul edildi, yalnızca iki meclis "
    "üyesi paranın yollara harcanması gerektiğini söyleyerek karşı oy kullandı.",
]
TURKISH_BUSES_NORTH = [
    "Belediye meclisi salı günü otobüs ağının kuzeydeki mahallelere genişletilmesini onayladı "
    "ve iki yıldan fazla süren bir tartışmayı sona erdirdi.",
    "Belediye sözcüsünün açıklamasına göre ilk yeni hatlar ilkbaharda açılacak ve bilet "
    "fiyatları en az bir yıl daha aynı kalacak.",
    "Değişiklik için kampanya yürüten mahalle sakinleri kararı memnuniyetle karşıladı, ancak "
    "bazıları planın yeterli olmadığını söyledi.",
]
