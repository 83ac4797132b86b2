"""The plain-text cleaner naming the writers a byline under the article gives, when the
header names nobody: two or three names parted by dashes ("Đình Tuấn - Thu Hà"), one name and
the place it was written in ("Оксана Поліщук, Київ"), a writer's label alone over the names one
a line ("Автор" / "Ксения Шаталова" / "Евгения Бальцер" / "Редактор" / …).  And what stands
there and is no writer: a section's name of frequent words, a person the text tells of.  Each
test is one small synthetic page."""

from __future__ import annotations

import re

import pytest
from pages import page

from clipper.clean.text import clean_text

MENU = ("Trang chủ", "Thời sự", "Xã hội")
VIETNAMESE_HEADLINE = "Thành phố tăng thêm chuyến tàu điện vào giờ cao điểm buổi sáng"
VIETNAMESE = [
    "Từ đầu tháng tới, tàu điện sẽ chạy thêm nhiều chuyến vào giờ cao điểm buổi sáng và "
    "buổi chiều, thời gian chờ giữa hai chuyến giảm còn sáu phút, theo ban quản lý đường sắt.",
    "Lượng hành khách đi tàu tăng mạnh trong ba tháng qua, nhất là học sinh và người đi làm, "
    "nên thành phố quyết định tăng tần suất để giảm cảnh chen chúc trên các toa.",
    "Giá vé không thay đổi, người cao tuổi và trẻ em dưới sáu tuổi vẫn được miễn phí khi đi "
    "tàu trên toàn tuyến.",
]
RUSSIAN_HEADLINE = "В Твери построят новый мост через Волгу после десяти лет споров"
RUSSIAN = [
    "Городская дума Твери в четверг одобрила строительство нового моста через Волгу, спор о "
    "котором длился больше десяти лет и не раз доходил до суда.",
    "Сторонники проекта говорят, что мост разгрузит центр города и соединит новые районы "
    "берега, а противники предупреждают о слишком высокой стоимости работ.",
    "Финансисты города сообщили депутатам, что большую часть средств планируют привлечь "
    "через облигации, а остальное покроет государственный бюджет.",
    "Проектировщики обещают закончить чертежи к лету, а первые сваи забить уже следующей "
    "осенью, если конкурс на подряд пройдёт без жалоб.",
    "Старый мост при этом закроют на ремонт только после открытия нового, чтобы не оставить "
    "жителей заречных районов без дороги в центр.",
    "Ждать открытия горожанам придётся не меньше четырёх лет: так говорят сами строители.",
]
FOOTER = ["Правительство продлило квоту на экспорт зерна", "© 2025 Городские новости"]


def writers(author: str | None) -> set[str]:
    """The writers a clipping's author names, however they are joined."""
    return {name for name in re.split(r",\s*|\s+and\s+", author or "") if name}


@pytest.mark.parametrize(
    ("prose", "after", "expected"),
    [
        (VIETNAMESE, ["Đình Tuấn - Thu Hà", "Bình luận (0)"], {"Đình Tuấn", "Thu Hà"}),
        # (The writer who took the photo is credited in its caption.)
        (
            ["Tàu điện dừng ở ga Bến Thành sáng 4/11. Ảnh: Đắc Thành", *VIETNAMESE],
            ["Đắc Thành - Võ Thạnh", "Tin liên quan"],
            {"Đắc Thành", "Võ Thạnh"},
        ),
        # A section's name of frequent words stands there too; a person the text tells of.
        (VIETNAMESE, ["Thời Sự - Xã Hội", "Bình luận (0)"], set()),
        (
            [*VIETNAMESE, "Ông Đình Tuấn, giám đốc ban quản lý, cho biết như vậy."],
            ["Đình Tuấn - Thu Hà", "Bình luận (0)"],
            set(),
        ),
    ],
)
def test_writers_parted_by_a_dash_under_the_text(
    prose: list[str], after: list[str], expected: set[str]
) -> None:
    clip = clean_text(page(*MENU, VIETNAMESE_HEADLINE, "04/11/2025 06:40 GMT+7", *prose, *after))
    assert (clip.title, writers(clip.author)) == (VIETNAMESE_HEADLINE, expected)
    assert clip.body.endswith(prose[-1])


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (["Оксана Поліщук, Київ", "Читайте також"], {"Оксана Поліщук"}),
        (
            ["Автор", "Ксения Шаталова", "Евгения Бальцер", "Редактор", "Максим Солопов"],
            {"Ксения Шаталова", "Евгения Бальцер"},
        ),
        (["Author:", "Jane Doe", "Share"], {"Jane Doe"}),
    ],
)
def test_a_closing_byline_with_the_place_or_under_its_label(
    after: list[str], expected: set[str]
) -> None:
    clip = clean_text(
        page("Новости", RUSSIAN_HEADLINE, "29 октября 2025, 14:07", *RUSSIAN, *after, *FOOTER)
    )
    assert (clip.title, writers(clip.author)) == (RUSSIAN_HEADLINE, expected)
    assert clip.body.endswith(RUSSIAN[-1])


def test_a_writers_label_over_several_names_in_the_header() -> None:
    names = ["Автор", "Ксения Шаталова", "Евгения Бальцер"]
    clip = clean_text(page("Новости", RUSSIAN_HEADLINE, *names, "29 октября 2025, 14:07", *RUSSIAN))
    assert (clip.title, writers(clip.author)) == (RUSSIAN_HEADLINE, set(names[1:]))
    assert clip.body.startswith(RUSSIAN[0])
