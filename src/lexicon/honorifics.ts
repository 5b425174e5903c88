// The clergy's forms of address, written capitalized before a name: "Thượng tọa Thích A", "Linh mục B".
export const CLERGY = [
  'thượng tọa', 'hòa thượng', 'đại đức', 'ni sư', 'ni trưởng', 'sư cô', 'đại lão hòa thượng',
  'linh mục', 'mục sư', 'giám mục', 'tổng giám mục',
  // a Protestant preacher, a nun: "Truyền đạo Siu A", "nữ tu Maria B"
  'truyền đạo', 'nữ tu', 'ni cô',
];

// The lay elder who leads a Khmer pagoda's community, and the Cham Bà Ni one spelled without the h:
// "Achar Chau A", "Acar Châu Văn B" (a form of address before a name, and an office after one)
export const LAY_MASTERS = ['achar', 'acar'];

// Forms of address before a name; they are not part of the name nor a title.
export const HONORIFICS = [
  'đồng chí', 'đ/c', 'đ/ c', 'ông', 'bà', 'anh', 'chị', 'cô', 'thầy', 'cụ', 'cụ bà', 'cụ ông', 'em', 'chú', 'bác',
  ...CLERGY, 'cha', 'sư', ...LAY_MASTERS, 'lục cả', 'chánh trị sự',
  // the dignitaries of the Cham Muslims: "Hakim Sa Ly Man", "Imam …", a pilgrim: "Haji Ma Ri Da"
  'hakim', 'imam', 'haji',
  // the head of the Cham Bà Ni and Bà La Môn clergy: "Cả sư Đạo Văn Lý"; the abbot of a Khmer
  // pagoda: "Sư cả Thạch Sóc"
  'cả sư', 'sư cả',
  // the Bahnar's and the Jrai's elder man and elder woman, before the name: "Bok Thoòng", "Yă Blir"
  'bok', 'yă',
  // the ranks of Cao Đài dignitaries: "Giáo hữu Thượng Bửu Thanh", "Lễ sanh Ngọc Trung Thành"
  'giáo hữu', 'lễ sanh', 'phối sư', 'phó trị sự',
  'các đồng chí', 'cùng các đồng chí', 'các ông', 'các bà', 'nhà báo', 'nghệ sĩ', 'nghệ nhân', 'tiến sĩ', 'thạc sĩ', 'bác sĩ',
  // academic and medical degrees before a name: "TS.BS Trần Văn Huy", "BSCKII Lê Thị Kim Oanh", a
  // pharmacist's "DSCKI Chu Thị Mến", a nurse's "ĐDCKI H’ Lim Byă"
  'ts', 'ths', 'ts.', 'ths.', 'bs', 'bs.', 'pgs.ts', 'pgs.ts.', 'gs.ts', 'gs.ts.', 'ts.bs', 'ts.bs.', 'ths.bs',
  'ths.đd', 'bsckii', 'bscki', 'bsck', 'dsckii', 'dscki', 'dsck', 'đdckii', 'đdcki', 'đdck', 'ds', 'ks', 'ls', 'kts', 'nsnd', 'nsưt', 'nghệ sĩ nhân dân', 'luật sư',
  // state honours of artists and craftsmen: "Nghệ nhân Ưu tú Ama Sa Ly", "Nghệ sĩ Ưu tú …"
  'nghệ nhân ưu tú', 'nghệ nhân nhân dân', 'nghệ sĩ ưu tú', 'nhà giáo ưu tú', 'nhà giáo nhân dân', 'thầy thuốc ưu tú', 'thầy thuốc nhân dân', 'ngnd', 'ngưt', 'ttưt', 'ttnd',
  'kỹ sư', 'dược sĩ', 'điều dưỡng', 'cử nhân',
  // a veteran, named as such before the name: "CCB Nguyễn Văn Lực, Chi hội trưởng …"
  'ccb', 'cựu chiến binh',
  // a heroic mother, named as the press names her: "Mẹ Việt Nam anh hùng Hoàng Thị A", "Mẹ Lê Thị B"
  'mẹ', 'mẹ việt nam anh hùng', 'bà mẹ việt nam anh hùng',
];
